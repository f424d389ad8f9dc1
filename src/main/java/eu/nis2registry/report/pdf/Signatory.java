package eu.nis2registry.report.pdf;

/**
 * One box of a sign-off block. Empty name or date leave a blank line to be filled by hand.
 *
 * @param role     e.g. "Submitted by", "Approved by (CISO)"
 * @param name     person's name
 * @param dateText date already formatted in the report's language
 */
public record Signatory(String role, String name, String dateText) {

    public Signatory {
        role = role == null ? "" : role;
        name = name == null ? "" : name;
        dateText = dateText == null ? "" : dateText;
    }
}
