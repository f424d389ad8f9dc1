package eu.nis2registry.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Every string of a request body, refused when it holds a NUL character: PostgreSQL cannot store one in text
 * (the write would fail with a 500), and no name, comment or password of the registry needs it.
 */
final class NoNulStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (value != null && value.indexOf('\u0000') >= 0) {
            return (String) ctxt.handleWeirdStringValue(String.class, value, "contains a NUL character");
        }
        return value;
    }
}
