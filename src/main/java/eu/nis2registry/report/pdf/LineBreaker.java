package eu.nis2registry.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking at spaces. A word wider than the line (a hash, a URL, a 300-character
 * token) is cut, preferably after a separator such as '/', '-', '.' or '_', so text never
 * runs past its box.
 */
final class LineBreaker {

    private final FontLibrary fonts;

    LineBreaker(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** Width in points. */
    float width(String text, FontFace face, float size) {
        return fonts.advance(text, face) * size / 1000f;
    }

    /**
     * Lines of sanitized text (see {@link TextSanitizer}) no wider than {@code maxWidth}. Hard
     * line breaks are kept; empty text gives no lines.
     */
    List<String> wrap(String text, FontFace face, float size, float maxWidth) {
        if (text.isEmpty()) {
            return List.of();
        }
        float max = Math.max(maxWidth, 1f) * 1000f / size;
        // most table cells are one short line: no copies, no searching
        if (text.indexOf('\n') < 0 && fonts.advance(text, face) <= max) {
            String line = text.strip();
            return line.isEmpty() ? List.of() : List.of(line);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            wrapParagraph(text, start, end, face, max, lines);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        // trailing empty lines only add height
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The text on one line, cut with an ellipsis if it is wider than {@code maxWidth}. */
    String ellipsize(String text, FontFace face, float size, float maxWidth) {
        float max = maxWidth * 1000f / size;
        if (fonts.advance(text, face) <= max) {
            return text;
        }
        String ellipsis = "\u2026";
        float budget = max - fonts.advance(ellipsis, face);
        float w = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            float cw = fonts.width(face, cp);
            if (w + cw > budget) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return text.substring(0, i).stripTrailing() + ellipsis;
    }

    /**
     * Breaks {@code p[from, to)} into lines. A line is the stretch from its first word to its
     * last, spaces between words kept as typed.
     */
    private void wrapParagraph(String p, int from, int to, FontFace face, float max, List<String> lines) {
        int lineStart = -1;
        int lineEnd = -1;
        float lineWidth = 0;
        int i = from;
        boolean any = false;
        while (i < to) {
            int wordStart = i;
            while (wordStart < to && p.charAt(wordStart) == ' ') {
                wordStart++;
            }
            if (wordStart >= to) {
                break;
            }
            int wordEnd = p.indexOf(' ', wordStart);
            if (wordEnd < 0 || wordEnd > to) {
                wordEnd = to;
            }
            float w = fonts.advance(p, wordStart, wordEnd, face);
            any = true;
            if (lineStart >= 0) {
                float gap = fonts.advance(p, lineEnd, wordStart, face);
                if (lineWidth + gap + w <= max) {
                    lineEnd = wordEnd;
                    lineWidth += gap + w;
                    i = wordEnd;
                    continue;
                }
                lines.add(p.substring(lineStart, lineEnd));
                lineStart = -1;
            }
            if (w <= max) {
                lineStart = wordStart;
                lineEnd = wordEnd;
                lineWidth = w;
            } else {
                // the tail of a cut word stays open: more words may follow it on its line
                StringBuilder tail = new StringBuilder();
                lineWidth = breakWord(p.substring(wordStart, wordEnd), face, max, lines, tail);
                lineStart = wordEnd - tail.length();
                lineEnd = wordEnd;
            }
            i = wordEnd;
        }
        if (lineStart >= 0) {
            lines.add(p.substring(lineStart, lineEnd));
        } else if (!any) {
            lines.add("");
        }
    }

    /** Adds the full-width pieces of {@code word} to lines; leaves the last piece in {@code line}. */
    private float breakWord(String word, FontFace face, float max, List<String> lines, StringBuilder line) {
        int pos = 0;
        int len = word.length();
        while (true) {
            float w = 0;
            int k = pos;
            int lastBreak = -1;
            while (k < len) {
                int cp = word.codePointAt(k);
                float cw = fonts.width(face, cp);
                if (w + cw > max && k > pos) {
                    break;
                }
                w += cw;
                k += Character.charCount(cp);
                if (isBreakAfter(cp)) {
                    lastBreak = k;
                }
            }
            if (k >= len) {
                line.append(word, pos, len);
                return w;
            }
            // a separator in the last part of the piece reads better than a blind cut
            int cut = lastBreak > pos && (lastBreak - pos) * 10 >= (k - pos) * 6 ? lastBreak : k;
            lines.add(word.substring(pos, cut));
            pos = cut;
        }
    }

    private static boolean isBreakAfter(int cp) {
        return cp == '/' || cp == '-' || cp == '_' || cp == '.' || cp == ',' || cp == ';' || cp == ':'
                || cp == '\\' || cp == '@' || cp == '&' || cp == '?' || cp == '=' || cp == '|'
                || cp == '\u2010' || cp == '\u2013' || cp == '\u2014';
    }
}
