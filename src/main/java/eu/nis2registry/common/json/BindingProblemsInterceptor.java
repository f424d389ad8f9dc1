package eu.nis2registry.common.json;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.common.error.ViolationPaths;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Around the reading of a JSON body: when Jackson noted type problems, the half-read object is also
 * validated, so the 400 lists the wrong types and the missing or invalid fields together.
 */
@Provider
public class BindingProblemsInterceptor implements ReaderInterceptor {

    private final Validator validator;

    public BindingProblemsInterceptor(Validator validator) {
        this.validator = validator;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().getSubtype().contains("json")) {
            return context.proceed();
        }
        BindingProblems.begin();
        Object body;
        List<ErrorDetail> problems;
        try {
            body = context.proceed();
        } finally {
            problems = BindingProblems.end();
        }
        if (problems.isEmpty()) {
            return body;
        }
        List<ErrorDetail> all = new ArrayList<>(problems);
        if (body != null) {
            // A wrong-typed value was read as null: its own "must not be null" would only repeat the problem.
            Set<String> typed = problems.stream().map(p -> ViolationPaths.root(p.field())).collect(Collectors.toSet());
            for (ConstraintViolation<Object> violation : validator.validate(body)) {
                String field = ViolationPaths.fieldOf(violation);
                if (!typed.contains(ViolationPaths.root(field))) {
                    all.add(ErrorDetail.field(field, violation.getMessage()));
                }
            }
        }
        if (problems.stream().allMatch(p -> BindingProblems.NUL_MESSAGE.equals(p.message()))) {
            throw ApiException.invalid(all);
        }
        throw ApiException.badRequest(all.size() == 1 ? "1 problem in the request body"
                : all.size() + " problems in the request body", all);
    }
}
