package eu.nis2registry.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** The field a bean-validation violation is about, written as a client sees it: "emailDomains[1]", "answers.q1". */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    public static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                // A method parameter's path starts with "method.argN": the client never sees those.
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> { }
                case CONTAINER_ELEMENT -> {
                    if (!names.isEmpty() && node.getIndex() != null) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                }
                default -> names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]"
                        : node.getKey() != null ? node.getName() + "." + node.getKey() : node.getName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    /** "dataCategories" for "dataCategories[1]" or "answers.q1.value". */
    public static String root(String field) {
        if (field == null) {
            return "";
        }
        int cut = field.length();
        int bracket = field.indexOf('[');
        int dot = field.indexOf('.');
        if (bracket >= 0) {
            cut = Math.min(cut, bracket);
        }
        if (dot >= 0) {
            cut = Math.min(cut, dot);
        }
        return field.substring(0, cut);
    }
}
