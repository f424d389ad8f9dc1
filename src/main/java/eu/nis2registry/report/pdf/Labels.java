package eu.nis2registry.report.pdf;

/**
 * The few words the toolkit writes by itself, so that a report can be set in the language
 * of its content.
 *
 * @param pageOf    format with two {@code %d}: page number and page count
 * @param noEntries shown in a table without rows
 * @param noData    shown in a chart without data
 * @param signature caption under a signature line
 * @param date      caption of the date in a sign-off box
 * @param name      caption of the name in a sign-off box
 */
public record Labels(String pageOf, String noEntries, String noData, String signature, String date,
                     String name) {

    public static final Labels ENGLISH =
            new Labels("Page %d of %d", "No entries.", "No data.", "Signature", "Date", "Name");
    public static final Labels DUTCH =
            new Labels("Pagina %d van %d", "Geen gegevens.", "Geen gegevens.", "Handtekening", "Datum", "Naam");
    public static final Labels FRENCH =
            new Labels("Page %d sur %d", "Aucune entrée.", "Aucune donnée.", "Signature", "Date", "Nom");

    public Labels {
        if (pageOf == null || !pageOf.matches("(?s)[^%]*%d[^%]*%d[^%]*")) {
            throw new IllegalArgumentException("pageOf needs exactly two %d: " + pageOf);
        }
        noEntries = noEntries == null ? "" : noEntries;
        noData = noData == null ? "" : noData;
        signature = signature == null ? "" : signature;
        date = date == null ? "" : date;
        name = name == null ? "" : name;
    }

    /** Labels for a language tag such as "nl", "fr-BE"; English for any other. */
    public static Labels forLanguage(String languageTag) {
        String lang = languageTag == null ? "" : languageTag.strip().toLowerCase(java.util.Locale.ROOT);
        if (lang.startsWith("nl")) {
            return DUTCH;
        }
        if (lang.startsWith("fr")) {
            return FRENCH;
        }
        return ENGLISH;
    }
}
