package eu.nis2registry.exposure.parse;

/** Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF). */
final class Utf8 {

    private Utf8() {
    }

    static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isValid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            if (c < 0xC2 || c > 0xF4) {
                return false;
            }
            if (c < 0xE0) {
                if (i + 1 >= to || !isContinuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= to || !isContinuation(b[i + 1]) || !isContinuation(b[i + 2])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) {
                    return false;
                }
                i += 3;
            } else {
                if (i + 3 >= to || !isContinuation(b[i + 1]) || !isContinuation(b[i + 2])
                        || !isContinuation(b[i + 3])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) {
                    return false;
                }
                i += 4;
            }
        }
        return true;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
