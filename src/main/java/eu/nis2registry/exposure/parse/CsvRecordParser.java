package eu.nis2registry.exposure.parse;

import java.util.Arrays;

/**
 * Splits one RFC 4180 record into fields. Quoted fields may hold ',', '"' (doubled) and line
 * breaks; a '"' inside an unquoted field is kept as it is (dirty files have them). The fields are
 * copied, unescaped, into {@link #out}; field i is {@code out[start(i), end(i))}.
 */
final class CsvRecordParser {

    static final int COMPLETE = 0;
    /** The input ends inside a quoted field: the record continues on the next line. */
    static final int OPEN_QUOTE = 1;
    /** Something other than ',' or the end follows a closing quote. */
    static final int MALFORMED = 2;

    final byte[] out;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    CsvRecordParser(int maxRecordBytes) {
        this.out = new byte[maxRecordBytes];
    }

    int parse(byte[] b, int from, int to) {
        count = 0;
        int o = 0;
        int i = from;
        while (true) {
            int fieldStart = o;
            if (i < to && b[i] == '"') {
                i++;
                while (true) {
                    if (i >= to) {
                        return OPEN_QUOTE;
                    }
                    byte c = b[i++];
                    if (c == '"') {
                        if (i < to && b[i] == '"') {
                            out[o++] = '"';
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        out[o++] = c;
                    }
                }
                add(fieldStart, o);
                if (i == to) {
                    return COMPLETE;
                }
                if (b[i] != ',') {
                    return MALFORMED;
                }
                i++;
            } else {
                while (i < to && b[i] != ',') {
                    out[o++] = b[i++];
                }
                add(fieldStart, o);
                if (i == to) {
                    return COMPLETE;
                }
                i++;
            }
        }
    }

    int count() {
        return count;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    @Override
    public String toString() {
        return "CsvRecordParser[" + count + " fields]";
    }
}
