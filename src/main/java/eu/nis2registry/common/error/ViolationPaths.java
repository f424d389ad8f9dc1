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
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                // A method parameter's path starts with "method.argN": the client never sees those.
                case METHOD -> method = node.as(Path.MethodNode.class);
                case PARAMETER -> parameter = node.as(Path.ParameterNode.class);
                case CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case CONTAINER_ELEMENT -> {
                    if (!names.isEmpty() && node.getIndex() != null) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                }
                default -> names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]"
                        : node.getKey() != null ? node.getName() + "." + node.getKey() : node.getName());
            }
        }
        if (names.isEmpty()) {
            // A constraint on the parameter itself: name it as the client wrote it (?size=0), not as Java calls it.
            return method == null || parameter == null ? null
                    : httpParameterName(violation.getRootBeanClass(), method, parameter.getParameterIndex());
        }
        return String.join(".", names);
    }

    /** The query, path or header name of a resource method parameter; null for the request body. */
    private static String httpParameterName(Class<?> resource, Path.MethodNode method, int index) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                for (java.lang.annotation.Annotation annotation : type.getDeclaredMethod(method.getName(), types)
                        .getParameterAnnotations()[index]) {
                    if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                        return query.value();
                    }
                    if (annotation instanceof jakarta.ws.rs.PathParam path) {
                        return path.value();
                    }
                    if (annotation instanceof jakarta.ws.rs.HeaderParam header) {
                        return header.value();
                    }
                }
            } catch (NoSuchMethodException e) {
                // Declared higher up (the resource may be a generated subclass).
            }
        }
        return null;
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
