package eu.nis2registry.web.view;

import io.quarkus.qute.TemplateData;

/**
 * What the one layout needs: language, who is signed in, which navigation entries their roles open, and which is
 * active.
 */
@TemplateData
public record Page(String lang, String path, String username, String roles, Nav nav, String active) {

    @TemplateData
    public record Nav(boolean dashboard, boolean inventory, boolean findings, boolean reviews, boolean leaks,
            boolean reports, boolean concentration, boolean admin) {

        public static final Nav NONE = new Nav(false, false, false, false, false, false, false, false);
    }

    @TemplateData
    public record LangOption(String code, String label, boolean current) {
    }

    /** The language switch: each language named in itself. */
    public java.util.List<LangOption> languages() {
        return java.util.List.of(new LangOption("en", "EN", "en".equals(lang)), new LangOption("nl", "NL", "nl".equals(lang)),
                new LangOption("fr", "FR", "fr".equals(lang)));
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean isActive(String entry) {
        return entry.equals(active);
    }

    public Page active(String entry) {
        return new Page(lang, path, username, roles, nav, entry);
    }
}
