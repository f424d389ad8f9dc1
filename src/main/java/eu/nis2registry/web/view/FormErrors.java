package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** Errors of a form, by field name as the service reports them, shown next to the fields. */
@TemplateData
public record FormErrors(Map<String, List<String>> byField, List<String> general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** "true" for aria-invalid, so that screen readers announce the field as wrong. */
    public String invalid(String field) {
        return has(field) ? "true" : "false";
    }
}
