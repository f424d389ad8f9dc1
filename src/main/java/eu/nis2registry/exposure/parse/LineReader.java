package eu.nis2registry.exposure.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.function.LongConsumer;

/**
 * Reads physical lines from a byte stream without ever holding more than one buffer: LF and CRLF
 * endings (mixed), a leading BOM dropped, a trailing CR dropped, 1-based line numbers. A line
 * longer than {@link #MAX_LINE} bytes is reported as too long and skipped without being buffered.
 * The current line is a window {@code [start, end)} on {@link #buf()}, valid until the next call
 * to {@link #next()}.
 */
final class LineReader {

    static final int MAX_LINE = 8192;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    static final int DEFAULT_BUFFER = 1 << 20;

    private final InputStream in;
    private final LongConsumer onFill;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long bytesRead;
    private long lineNumber;
    private int start;
    private int end;
    private boolean tooLong;

    LineReader(InputStream in, int bufferSize, LongConsumer onFill) {
        if (bufferSize < 2 * MAX_LINE + 4) {
            throw new IllegalArgumentException("buffer too small");
        }
        this.in = in;
        this.onFill = onFill;
        this.buf = new byte[bufferSize];
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        while (true) {
            int lf = indexOfLf(buf, pos, limit);
            if (lf >= 0) {
                setLine(pos, lf);
                pos = lf + 1;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            if (limit - pos > MAX_LINE + 1) {
                // Even if the next byte were the LF of a CRLF, the content exceeds the limit.
                skipToNextLine();
                return true;
            }
            compact();
            fill();
        }
    }

    byte[] buf() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean tooLong() {
        return tooLong;
    }

    long lineNumber() {
        return lineNumber;
    }

    long bytesRead() {
        return bytesRead;
    }

    private void setLine(int from, int lf) {
        int to = lf;
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        lineNumber++;
        start = from;
        end = to;
        tooLong = to - from > MAX_LINE;
    }

    private void skipToNextLine() throws IOException {
        lineNumber++;
        tooLong = true;
        while (true) {
            pos = 0;
            limit = 0;
            fill();
            int lf = indexOfLf(buf, 0, limit);
            if (lf >= 0) {
                pos = lf + 1;
                break;
            }
            if (eof) {
                pos = limit;
                break;
            }
        }
        start = pos;
        end = pos;
    }

    private void skipBom() throws IOException {
        while (!eof && limit < 3) {
            fill();
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    private void compact() {
        int pending = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
        }
        pos = 0;
        limit = pending;
    }

    private void fill() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("leak scan interrupted");
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return;
        }
        limit += n;
        bytesRead += n;
        onFill.accept(bytesRead);
    }

    /** Eight bytes at a time: a byte equal to LF turns into a zero byte of {@code word ^ LFS}. */
    static int indexOfLf(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ LFS;
            long zeros = (x - ONES) & ~x & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
