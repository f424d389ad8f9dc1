package eu.nis2registry.common.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request before failing, so that the answer names all of them at once. */
public final class Problems {

    private final List<ErrorDetail> details = new ArrayList<>();

    public Problems add(ErrorDetail detail) {
        details.add(detail);
        return this;
    }

    public Problems field(String field, String message) {
        return add(ErrorDetail.field(field, message));
    }

    public boolean isEmpty() {
        return details.isEmpty();
    }

    public List<ErrorDetail> list() {
        return List.copyOf(details);
    }

    /** Throws 422 naming every problem when there is at least one. */
    public void throwIfAny() {
        if (!details.isEmpty()) {
            throw ApiException.invalid(list());
        }
    }
}
