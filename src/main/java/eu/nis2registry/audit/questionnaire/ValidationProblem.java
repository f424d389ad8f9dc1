package eu.nis2registry.audit.questionnaire;

/** A problem in a questionnaire file. {@code line} is 1-based; 0 means the file as a whole. */
public record ValidationProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
