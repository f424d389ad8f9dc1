package eu.nis2registry.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that changes no shared record (verifying a file, enrolling one's own second factor), so
 * that read-only users such as auditors may call it; every other write is refused to them centrally.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnlyOperation {
}
