package eu.nis2registry.exposure.parse;

/** An entry of an import's reject list: the line number and why, never the line. */
public record RejectedLine(long line, RejectReason reason) {

    public String message() {
        return reason.message();
    }
}
