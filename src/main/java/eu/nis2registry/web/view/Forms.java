package eu.nis2registry.web.view;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.error.ViolationPaths;
import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a service or bean validation says about a request into errors next to the form fields: a detail
 * about "domains[1]" belongs to the field "domains", one about question "q3" to the field "q3".
 */
public final class Forms {

    private Forms() {
    }

    public static FormErrors of(ApiException e, Set<String> fields) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ErrorDetail detail : e.details()) {
            String field = detail.questionId() != null ? detail.questionId() : ViolationPaths.root(detail.field());
            if (fields.contains(field)) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(detail.message());
            } else {
                general.add(detail.message());
            }
        }
        if (byField.isEmpty() && general.isEmpty()) {
            general.add(e.getMessage());
        }
        return new FormErrors(byField, general);
    }

    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : violations) {
            byField.computeIfAbsent(ViolationPaths.root(ViolationPaths.fieldOf(violation)), k -> new ArrayList<>())
                    .add(violation.getMessage());
        }
        return new FormErrors(byField, List.of());
    }

    /** Lines of a text area (one domain or host per line), blank lines dropped. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
