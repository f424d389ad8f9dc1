package eu.nis2registry.common.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalDate;

@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new BindingProblems());
        // "1.5" for an id or a count is a mistake to report, not to round.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // API.md dates are ISO-8601 text; leniently a number is read as days since 1970 (20260101 -> year 57437).
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.registerModule(new SimpleModule("registry-strings").addDeserializer(String.class, new NoNulStringDeserializer()));
    }
}
