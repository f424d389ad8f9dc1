package eu.nis2registry.report.pdf;

import java.text.Normalizer;

/**
 * Turns arbitrary input (database values, uploaded file names, questionnaire text) into text
 * that can be measured and drawn: never null, no control or invisible format characters,
 * composed accents, and line breaks only as '\n'.
 */
final class TextSanitizer {

    private TextSanitizer() {
    }

    /** Text for flowing blocks: keeps line breaks. */
    static String clean(String text) {
        return clean(text, true);
    }

    /** Text for a single line (headers, labels, badges): line breaks become spaces. */
    static String singleLine(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean keepBreaks) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text;
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        int len = composed.length();
        for (int i = 0; i < len; i++) {
            char c = composed.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(composed.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, composed.charAt(++i));
                if (Character.getType(cp) != Character.FORMAT) {
                    out.appendCodePoint(cp);
                }
            } else if (Character.isSurrogate(c)) {
                // broken UTF-16 from upstream: show that something was there
                out.append((char) FontLibrary.PLACEHOLDER_CODE_POINT);
            } else if (c == '\r') {
                if (i + 1 < len && composed.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(keepBreaks ? '\n' : ' ');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
                    || c == '\u0085') {
                out.append(keepBreaks ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == '\u00A0' || c == '\u202F') {
                out.append('\u00A0');
            } else if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                int type = Character.getType(c);
                // controls, zero-width and bidi formatting marks, soft hyphens: nothing to draw
                if (type != Character.CONTROL && type != Character.FORMAT) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
