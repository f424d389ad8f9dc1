package eu.nis2registry.exposure.parse;

/**
 * The file as a whole cannot be imported (a CSV header without a required column, no header at
 * all). Thrown before any candidate is handed out, so nothing of the file is stored; the service
 * maps it to 422. The message names the problem, never content of the file beyond our own column
 * names.
 */
public class LeakFormatException extends RuntimeException {
    public LeakFormatException(String message) {
        super(message);
    }
}
