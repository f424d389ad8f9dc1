package eu.nis2registry.audit.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference forms a question may cite. Only the form (and a few bounds that catch typing
 * errors) is checked: whether a cited point says what the question asks is for the author and
 * the reviewer of the file.
 *
 * <ul>
 *   <li>{@code NIS2 Art. 21}, {@code NIS2 Art. 23(4)}, {@code NIS2 Art. 21(2)(j)}: Directive (EU)
 *       2022/2555, articles 1 to 46; in Art. 21(2) the points run from (a) to (j).</li>
 *   <li>{@code IR 2024/2690 4.2}, {@code IR 2024/2690 11.6.2(c)}: point of the Annex of
 *       Implementing Regulation (EU) 2024/2690, sections 1 to 13.</li>
 *   <li>{@code CyFun 2025 GV.SC-05}, {@code CyFun 2023 ID.SC-3.3}: a CyberFundamentals control or
 *       requirement; the edition year is optional but recommended.</li>
 *   <li>{@code ISO/IEC 27001:2022 A.5.19}: an Annex A control (themes 5 to 8).</li>
 *   <li>{@code GDPR Art. 32}, {@code GDPR Art. 33(1)}: Regulation (EU) 2016/679, articles 1 to 99.</li>
 * </ul>
 */
public final class References {

    private static final Pattern NIS2 = Pattern.compile("NIS2 Art\\. (\\d{1,2})(?:\\((\\d{1,2})\\)(?:\\(([a-z])\\))?)?");
    private static final Pattern IR = Pattern.compile("IR 2024/2690 (\\d{1,2})(?:\\.\\d{1,2}){0,3}(?:\\([a-z]\\))?");
    private static final Pattern CYFUN = Pattern.compile("CyFun (?:20\\d\\d )?(?:GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}-\\d{1,2}(?:\\.\\d{1,2})?");
    private static final Pattern ISO27001 = Pattern.compile("ISO/IEC 27001:2022 A\\.[5-8]\\.\\d{1,2}");
    private static final Pattern GDPR = Pattern.compile("GDPR Art\\. (\\d{1,2})(?:\\(\\d{1,2}\\)(?:\\([a-z]\\))?)?");

    /** Prefixes shown to an author whose reference matches none of the forms. */
    public static final List<String> FORMS = List.of(
            "NIS2 Art. 21(2)(d)", "IR 2024/2690 11.7", "CyFun 2025 GV.SC-05", "ISO/IEC 27001:2022 A.5.19", "GDPR Art. 32");

    private References() {
    }

    /** Why a reference is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String reference) {
        Matcher nis2 = NIS2.matcher(reference);
        if (nis2.matches()) {
            int article = Integer.parseInt(nis2.group(1));
            if (article < 1 || article > 46) {
                return Optional.of("NIS2 has articles 1 to 46, not " + article);
            }
            if (article == 21 && "2".equals(nis2.group(2)) && nis2.group(3) != null
                    && nis2.group(3).charAt(0) > 'j') {
                return Optional.of("NIS2 Art. 21(2) has points (a) to (j), not (" + nis2.group(3) + ")");
            }
            return Optional.empty();
        }
        Matcher ir = IR.matcher(reference);
        if (ir.matches()) {
            int section = Integer.parseInt(ir.group(1));
            return section >= 1 && section <= 13
                    ? Optional.empty()
                    : Optional.of("the Annex of IR 2024/2690 has sections 1 to 13, not " + section);
        }
        Matcher gdpr = GDPR.matcher(reference);
        if (gdpr.matches()) {
            int article = Integer.parseInt(gdpr.group(1));
            return article >= 1 && article <= 99
                    ? Optional.empty()
                    : Optional.of("the GDPR has articles 1 to 99, not " + article);
        }
        if (CYFUN.matcher(reference).matches() || ISO27001.matcher(reference).matches()) {
            return Optional.empty();
        }
        return Optional.of("reference '" + reference + "' is not of a known form (for example "
                + String.join(", ", FORMS) + ")");
    }
}
