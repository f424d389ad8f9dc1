package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineReaderTest {

    private static final int SMALL_BUFFER = 2 * LineReader.MAX_LINE + 4;

    private record Line(long number, String text, boolean tooLong) {
    }

    private static List<Line> read(InputStream in, int buffer) throws IOException {
        LineReader r = new LineReader(in, buffer, b -> { });
        List<Line> lines = new ArrayList<>();
        while (r.next()) {
            lines.add(new Line(r.lineNumber(),
                    new String(r.buf(), r.start(), r.end() - r.start(), StandardCharsets.ISO_8859_1), r.tooLong()));
        }
        return lines;
    }

    private static List<Line> read(String text) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), SMALL_BUFFER);
    }

    @Test
    void splitsOnLfAndCrlfAndDropsOneTrailingCr() throws IOException {
        assertThat(read("a\r\nb\nc\r\r\n\nd")).containsExactly(new Line(1, "a", false), new Line(2, "b", false),
                new Line(3, "c\r", false), new Line(4, "", false), new Line(5, "d", false));
    }

    @Test
    void dropsTheBomOnlyAtTheStart() throws IOException {
        assertThat(read("\u00ef\u00bb\u00bfa\n\u00ef\u00bb\u00bfb")).extracting(Line::text)
                .containsExactly("a", "\u00ef\u00bb\u00bfb");
        assertThat(read("\u00ef\u00bb")).extracting(Line::text).containsExactly("\u00ef\u00bb");
    }

    @Test
    void readsNothingFromAnEmptyStream() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\n")).containsExactly(new Line(1, "", false));
    }

    @Test
    void allows8KiBAndFlagsOneByteMore() throws IOException {
        String max = "x".repeat(LineReader.MAX_LINE);
        assertThat(read(max + "\n" + max + "y\n" + max + "\r\n" + max + "y")).extracting(Line::tooLong)
                .containsExactly(false, true, false, true);
    }

    @Test
    void skipsAHugeLineWithoutBufferingIt() throws IOException {
        long huge = 50L * 1024 * 1024;
        InputStream in = new InputStream() {
            private long served;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served >= huge + 6) {
                    return -1;
                }
                int n = (int) Math.min(len, huge + 6 - served);
                for (int i = 0; i < n; i++) {
                    long p = served + i;
                    b[off + i] = p == huge ? (byte) '\n' : p > huge && p < huge + 5 ? (byte) 'k' : p == huge + 5
                            ? (byte) '\n' : (byte) 'x';
                }
                served += n;
                return n;
            }
        };
        assertThat(read(in, SMALL_BUFFER)).containsExactly(new Line(1, "", true), new Line(2, "kkkk", false));
    }

    @Test
    void readsLinesAcrossBufferRefills() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("line-").append(i).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        List<Line> lines = read(text.toString());
        assertThat(lines).hasSize(5000);
        for (int i = 0; i < 5000; i++) {
            assertThat(lines.get(i)).isEqualTo(new Line(i + 1, "line-" + i, false));
        }
    }

    @Test
    void survivesStreamsThatReturnOneByteAtATime() throws IOException {
        byte[] data = "\u00ef\u00bb\u00bfab\r\ncd\n".getBytes(StandardCharsets.ISO_8859_1);
        InputStream trickle = new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < data.length ? data[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= data.length) {
                    return -1;
                }
                b[off] = data[pos++];
                return 1;
            }
        };
        assertThat(read(trickle, SMALL_BUFFER)).extracting(Line::text).containsExactly("ab", "cd");
    }

    @Test
    void findsTheFirstLfAtEveryOffset() {
        for (int len = 0; len < 40; len++) {
            for (int lf = -1; lf < len; lf++) {
                for (int from = 0; from <= len; from++) {
                    byte[] b = new byte[len];
                    java.util.Arrays.fill(b, (byte) 0x8A);
                    if (lf >= 0) {
                        b[lf] = '\n';
                        if (lf + 1 < len) {
                            b[lf + 1] = '\n';
                        }
                    }
                    int expected = lf >= from ? lf : lf >= 0 && lf + 1 >= from && lf + 1 < len ? lf + 1 : -1;
                    assertThat(LineReader.indexOfLf(b, from, len)).as("len %d lf %d from %d", len, lf, from)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void stopsWhenTheThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> read("a\nb\n")).isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refusesABufferThatCannotHoldTwoLines() {
        assertThatThrownBy(() -> new LineReader(InputStream.nullInputStream(), 1000, b -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
