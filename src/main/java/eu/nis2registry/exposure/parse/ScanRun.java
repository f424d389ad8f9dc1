package eu.nis2registry.exposure.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.nis2registry.common.text.Hostnames;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * One scan: the buffers, MACs and counters of a single pass over a file. Not thread-safe.
 *
 * <p>The hot path (a ULP line whose host does not match) works on the reader's bytes only: it
 * finds the field boundaries, lower-cases and validates the host while hashing its label
 * suffixes right to left, probes the supplier index at each label boundary, then does the same
 * for the login's email domain. Nothing is allocated until a line matches. Field boundaries are
 * found on bytes, which is safe whatever the line's encoding: ':', '/', '@' and the other
 * delimiters are ASCII, and neither UTF-8 nor windows-1252 uses bytes below 0x80 for anything
 * but ASCII.
 *
 * <p>Secrets: the login and password are only ever byte ranges of a buffer, or local Strings
 * while a matched line is hashed; nothing here prints them, and rejects are fixed reasons.
 */
final class ScanRun {

    static final LeakScanHandler IGNORE = new LeakScanHandler() {
        @Override
        public void skipped(long lineNumber) {
        }

        @Override
        public void rejected(long lineNumber, RejectReason reason) {
        }

        @Override
        public void unmatched(long lineNumber) {
        }

        @Override
        public void candidate(long lineNumber, ObservationCandidate candidate) {
        }
    };

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_LINE = LineReader.MAX_LINE;
    private static final int SCRATCH = 3 * MAX_LINE + 16;

    private static final int UNKNOWN = 0;
    private static final int UTF8 = 1;
    private static final int CP1252 = 2;

    private static final int NO_MATCH = -1;
    private static final int NON_ASCII = -2;
    /** Host problems are returned as PROBLEM - ordinal. */
    private static final int PROBLEM = -10;
    private static final Hostnames.Problem[] PROBLEMS = Hostnames.Problem.values();

    /** Per byte: its lower-case form when an ASCII host may hold it ('.' included), 0 when not, 1 for non-ASCII. */
    private static final byte[] HOST_BYTE = new byte[256];
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int c = 0; c < 128; c++) {
            int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            HOST_BYTE[c] = (byte) (lower == '.' || Hostnames.isAsciiHostChar(lower) ? lower : 0);
        }
        for (int c = 128; c < 256; c++) {
            HOST_BYTE[c] = 1;
        }
    }

    /** CSV column names; the first three are required. */
    private static final List<String> CSV_COLUMNS =
            List.of("url", "login", "password", "compromised_at", "malware_family", "kind");
    private static final int COL_URL = 0;
    private static final int COL_LOGIN = 1;
    private static final int COL_PASSWORD = 2;
    private static final int COL_COMPROMISED = 3;
    private static final int COL_MALWARE = 4;
    private static final int COL_KIND = 5;
    private static final int REQUIRED_COLUMNS = 3;

    private final LeakScanner cfg;
    private final LeakScanHandler handler;
    private final SupplierDomainIndex suppliers;
    private final Mac loginMac;
    private final Mac passwordMac;
    private final MessageDigest sha256;

    private final byte[] hostLower = new byte[SCRATCH];
    private final byte[] domainLower = new byte[SCRATCH];
    private final byte[] androidHost = new byte[SCRATCH];
    private final byte[] jsonFields = new byte[SCRATCH];
    private final byte[] loginDigest = new byte[32];
    private final byte[] passwordDigest = new byte[32];
    private final Extras extras = new Extras();
    private int lastHostLength;

    // The record being processed: rec[recStart, recEnd) decides the encoding; the url, login,
    // password and path lie in fields (the line itself for ULP); the host in hostBuf.
    private byte[] rec;
    private int recStart;
    private int recEnd;
    private int encoding;
    private byte[] fields;
    private byte[] hostBuf;
    private int hostS;
    private int hostE;
    private int pathS;
    private int pathE;
    private int loginS;
    private int loginE;
    /** Index of the login's last '@', or -1. */
    private int loginAt;
    private int pwS;
    private int pwE;

    /** Field index of each of CSV_COLUMNS (-1 when absent), and the header's field count. */
    private int[] csvColumns;
    private int csvFieldCount;

    private long linesRead;
    private long skipped;
    private long rejected;
    private long unmatched;
    private long candidates;

    ScanRun(LeakScanner cfg, LeakScanHandler handler) {
        this.cfg = cfg;
        this.handler = handler;
        this.suppliers = cfg.suppliers();
        try {
            this.loginMac = mac(cfg.loginKey());
            this.passwordMac = mac(cfg.passwordKey());
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 or SHA-256 not available", e);
        }
    }

    ScanSummary run(InputStream in, boolean headerOnly) throws IOException {
        LineReader reader = new LineReader(in, cfg.bufferSize(), handler::progress);
        switch (cfg.format()) {
            case ULP:
                runUlp(reader);
                break;
            case JSONL:
                runJsonl(reader);
                break;
            case CSV:
                runCsv(reader, headerOnly);
                break;
            default:
                throw new IllegalStateException("unknown format");
        }
        return new ScanSummary(linesRead, skipped, rejected, unmatched, candidates, reader.lineNumber(),
                reader.bytesRead());
    }

    // ---- outcomes: each line gets exactly one

    private void skip(long n) {
        linesRead++;
        skipped++;
        handler.skipped(n);
    }

    private void reject(long n, RejectReason reason) {
        linesRead++;
        rejected++;
        handler.rejected(n, reason);
    }

    private void noMatch(long n) {
        linesRead++;
        unmatched++;
        handler.unmatched(n);
    }

    private void emit(long n, ObservationCandidate c) {
        linesRead++;
        candidates++;
        handler.candidate(n, c);
    }

    // ---- ULP

    private void runUlp(LineReader r) throws IOException {
        while (r.next()) {
            long n = r.lineNumber();
            if (r.tooLong()) {
                reject(n, RejectReason.LINE_TOO_LONG);
                continue;
            }
            byte[] b = r.buf();
            int s = r.start();
            int e = r.end();
            if (isBlankOrComment(b, s, e)) {
                skip(n);
                continue;
            }
            setRecord(b, s, e, UNKNOWN);
            fields = b;
            RejectReason bad = parseUlp(b, s, e);
            if (bad != null) {
                reject(n, bad);
            } else {
                finish(n, null);
            }
        }
    }

    /**
     * "URL:login:password": optional scheme "://", host up to '/', ':' or the end, optional
     * ":port" (digits followed by '/' or ':'), optional path from '/' up to the next ':', then the
     * login up to the next ':' and the password, colons included, up to the end.
     */
    private RejectReason parseUlp(byte[] b, int s, int e) {
        int i = s;
        while (i < e && b[i] != '/' && b[i] != ':') {
            i++;
        }
        hostBuf = b;
        hostS = s;
        if (i + 2 < e && b[i] == ':' && b[i + 1] == '/' && b[i + 2] == '/' && isScheme(b, s, i)) {
            hostS = i + 3;
            if (isAndroid(b, s, i)) {
                return parseUlpAndroid(b, hostS, e);
            }
            i = hostS;
            while (i < e && b[i] != '/' && b[i] != ':') {
                i++;
            }
        }
        hostE = i;
        if (i < e && b[i] == ':') {
            int afterPort = ulpPortEnd(b, i, e);
            if (afterPort >= 0) {
                RejectReason r = parseUlpRest(b, afterPort, e);
                // "host:digits:x" read with a port leaves no password: then the digits are the login.
                if (r == null || b[afterPort] == '/') {
                    return r;
                }
            }
        }
        return parseUlpRest(b, i, e);
    }

    /** android://anything@package.name/ : the host is the package read backwards. */
    private RejectReason parseUlpAndroid(byte[] b, int s, int e) {
        int urlEnd = s;
        while (urlEnd < e && b[urlEnd] != ':') {
            urlEnd++;
        }
        int pkgS = lastIndexOf(b, s, urlEnd, (byte) '@') + 1;
        if (pkgS == 0) {
            pkgS = s;
        }
        int pkgE = pkgS;
        while (pkgE < urlEnd && b[pkgE] != '/') {
            pkgE++;
        }
        reverseLabels(b, pkgS, pkgE);
        return parseUlpRest(b, pkgE, e);
    }

    /** The path (query string included: cut off only for matched lines) and the login and password. */
    private RejectReason parseUlpRest(byte[] b, int i, int e) {
        pathS = i;
        pathE = i;
        if (i < e && b[i] == '/') {
            int j = i;
            while (j < e && b[j] != ':') {
                j++;
            }
            pathE = j;
            i = j;
        }
        if (i >= e) {
            return RejectReason.TOO_FEW_FIELDS;
        }
        int at = -1;
        int j = i + 1;
        while (j < e) {
            byte c = b[j];
            if (c == ':') {
                break;
            }
            if (c == '@') {
                at = j;
            }
            j++;
        }
        if (j >= e) {
            return RejectReason.TOO_FEW_FIELDS;
        }
        loginS = i + 1;
        loginE = j;
        loginAt = at;
        pwS = j + 1;
        pwE = e;
        return null;
    }

    /** Index of the '/' or ':' after ":digits" at i, or -1 when there is no port there. */
    private static int ulpPortEnd(byte[] b, int i, int e) {
        int j = i + 1;
        int value = 0;
        while (j < e && j - i <= 5 && isDigit(b[j])) {
            value = value * 10 + (b[j] - '0');
            j++;
        }
        if (j == i + 1 || value > 65535 || j >= e || (b[j] != '/' && b[j] != ':')) {
            return -1;
        }
        return j;
    }

    // ---- a URL that is a field of its own (CSV, JSONL)

    /**
     * The same grammar, except that the URL is the whole field: the host also ends at '?' or
     * '#', user info before '@' is dropped, and a ':' after the host must start a port.
     */
    private RejectReason parseUrlField(byte[] b, int s, int e) {
        hostBuf = b;
        hostS = s;
        int i = s;
        while (i < e && !isUrlDelimiter(b[i])) {
            i++;
        }
        if (i + 2 < e && b[i] == ':' && b[i + 1] == '/' && b[i + 2] == '/' && isScheme(b, s, i)) {
            int a = i + 3;
            if (isAndroid(b, s, i)) {
                int pkgS = lastIndexOf(b, a, e, (byte) '@') + 1;
                if (pkgS == 0) {
                    pkgS = a;
                }
                int pkgE = pkgS;
                while (pkgE < e && b[pkgE] != '/' && b[pkgE] != '?' && b[pkgE] != '#') {
                    pkgE++;
                }
                reverseLabels(b, pkgS, pkgE);
                fieldPath(b, pkgE, e);
                return null;
            }
            int authorityEnd = a;
            while (authorityEnd < e && b[authorityEnd] != '/' && b[authorityEnd] != '?' && b[authorityEnd] != '#') {
                authorityEnd++;
            }
            int at = lastIndexOf(b, a, authorityEnd, (byte) '@');
            hostS = at >= 0 ? at + 1 : a;
            i = hostS;
            while (i < e && !isUrlDelimiter(b[i])) {
                i++;
            }
        }
        hostE = i;
        if (i < e && b[i] == ':') {
            int j = i + 1;
            int value = 0;
            while (j < e && j - i <= 5 && isDigit(b[j])) {
                value = value * 10 + (b[j] - '0');
                j++;
            }
            if (j == i + 1 || value > 65535 || (j < e && b[j] != '/' && b[j] != '?' && b[j] != '#')) {
                return RejectReason.INVALID_PORT;
            }
            i = j;
        }
        fieldPath(b, i, e);
        return null;
    }

    private void fieldPath(byte[] b, int i, int e) {
        pathS = i;
        pathE = i;
        if (i < e && b[i] == '/') {
            int j = i;
            while (j < e && b[j] != '?' && b[j] != '#') {
                j++;
            }
            pathE = j;
        }
    }

    // ---- JSONL

    private void runJsonl(LineReader r) throws IOException {
        while (r.next()) {
            long n = r.lineNumber();
            if (r.tooLong()) {
                reject(n, RejectReason.LINE_TOO_LONG);
                continue;
            }
            byte[] b = r.buf();
            int s = r.start();
            int e = r.end();
            if (isBlankOrComment(b, s, e)) {
                skip(n);
                continue;
            }
            processJson(n, b, s, e);
        }
    }

    private void processJson(long n, byte[] b, int s, int e) {
        setRecord(b, s, e, UNKNOWN);
        String url = null;
        String login = null;
        String password = null;
        String kind = null;
        String compromised = null;
        String malware = null;
        boolean cookies = false;
        boolean wrongType = false;
        try (JsonParser p = encoding() == UTF8 ? cfg.json().createParser(b, s, e - s)
                : cfg.json().createParser(new String(b, s, e - s, WINDOWS_1252))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                reject(n, RejectReason.JSON_NOT_AN_OBJECT);
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("cookies".equals(name)) {
                    if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
                        cookies = v == JsonToken.VALUE_TRUE;
                    } else if (v != JsonToken.VALUE_NULL) {
                        wrongType = true;
                        p.skipChildren();
                    }
                    continue;
                }
                boolean known = "url".equals(name) || "login".equals(name) || "password".equals(name)
                        || "kind".equals(name) || "compromisedAt".equals(name) || "malwareFamily".equals(name);
                if (!known || v == JsonToken.VALUE_NULL) {
                    p.skipChildren();
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) {
                    wrongType = true;
                    p.skipChildren();
                    continue;
                }
                String text = p.getText();
                switch (name) {
                    case "url":
                        url = text;
                        break;
                    case "login":
                        login = text;
                        break;
                    case "password":
                        password = text;
                        break;
                    case "kind":
                        kind = text;
                        break;
                    case "compromisedAt":
                        compromised = text;
                        break;
                    default:
                        malware = text;
                        break;
                }
            }
            if (p.nextToken() != null) {
                reject(n, RejectReason.INVALID_JSON);
                return;
            }
        } catch (IOException ex) {
            // Jackson's messages quote the input: never passed on.
            reject(n, RejectReason.INVALID_JSON);
            return;
        }
        if (wrongType) {
            reject(n, RejectReason.JSON_WRONG_TYPE);
            return;
        }
        if (url == null || login == null || password == null) {
            reject(n, RejectReason.TOO_FEW_FIELDS);
            return;
        }
        RejectReason bad = readExtras(kind, compromised, malware, cookies);
        if (bad != null) {
            reject(n, bad);
            return;
        }
        // From here on the fields are UTF-8 bytes like any other line's.
        int urlEnd = putUtf8(url.trim(), 0);
        int loginEnd = putUtf8(login, urlEnd);
        int passwordEnd = putUtf8(password, loginEnd);
        setRecord(jsonFields, 0, passwordEnd, UTF8);
        fields = jsonFields;
        setLogin(jsonFields, urlEnd, loginEnd);
        pwS = loginEnd;
        pwE = passwordEnd;
        bad = parseUrlField(jsonFields, 0, urlEnd);
        if (bad != null) {
            reject(n, bad);
            Arrays.fill(jsonFields, 0, passwordEnd, (byte) 0);
            return;
        }
        finish(n, extras);
        Arrays.fill(jsonFields, 0, passwordEnd, (byte) 0);
    }

    private int putUtf8(String s, int at) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, jsonFields, at, bytes.length);
        Arrays.fill(bytes, (byte) 0);
        return at + bytes.length;
    }

    // ---- CSV

    private void runCsv(LineReader r, boolean headerOnly) throws IOException {
        CsvRecordParser csv = new CsvRecordParser(SCRATCH);
        byte[] pending = new byte[MAX_LINE];
        int pendingLength = 0;
        long pendingLine = 0;
        boolean inRecord = false;
        boolean headerSeen = false;
        while (r.next()) {
            long n = r.lineNumber();
            byte[] b;
            int s;
            int e;
            int status;
            long recordLine;
            if (!inRecord) {
                if (r.tooLong()) {
                    if (!headerSeen) {
                        throw new LeakFormatException("CSV header row is longer than 8 KiB");
                    }
                    reject(n, RejectReason.LINE_TOO_LONG);
                    continue;
                }
                b = r.buf();
                s = r.start();
                e = r.end();
                if (isBlankOrComment(b, s, e)) {
                    skip(n);
                    continue;
                }
                status = csv.parse(b, s, e);
                if (status == CsvRecordParser.OPEN_QUOTE) {
                    System.arraycopy(b, s, pending, 0, e - s);
                    pendingLength = e - s;
                    pendingLine = n;
                    inRecord = true;
                    continue;
                }
                recordLine = n;
            } else {
                int length = r.end() - r.start();
                if (r.tooLong() || pendingLength + 1 + length > MAX_LINE) {
                    // The record ends here, rejected; the next line starts afresh so that one
                    // stray quote cannot swallow the rest of the file.
                    inRecord = false;
                    if (!headerSeen) {
                        throw new LeakFormatException("CSV header row is longer than 8 KiB");
                    }
                    reject(pendingLine, RejectReason.RECORD_TOO_LONG);
                    continue;
                }
                pending[pendingLength++] = '\n';
                System.arraycopy(r.buf(), r.start(), pending, pendingLength, length);
                pendingLength += length;
                status = csv.parse(pending, 0, pendingLength);
                if (status == CsvRecordParser.OPEN_QUOTE) {
                    continue;
                }
                inRecord = false;
                b = pending;
                s = 0;
                e = pendingLength;
                recordLine = pendingLine;
            }
            if (!headerSeen) {
                readHeader(csv, status, b, s, e);
                headerSeen = true;
                skip(recordLine);
                if (headerOnly) {
                    return;
                }
                continue;
            }
            processCsv(recordLine, csv, status, b, s, e);
        }
        if (!headerSeen) {
            throw new LeakFormatException(inRecord ? "CSV header row has an unterminated quoted field"
                    : "CSV file has no header row");
        }
        if (inRecord) {
            reject(pendingLine, RejectReason.CSV_UNTERMINATED_QUOTE);
        }
    }

    private void readHeader(CsvRecordParser csv, int status, byte[] b, int s, int e) {
        if (status != CsvRecordParser.COMPLETE) {
            throw new LeakFormatException("CSV header row is malformed");
        }
        setRecord(b, s, e, UNKNOWN);
        int[] columns = new int[CSV_COLUMNS.size()];
        Arrays.fill(columns, -1);
        for (int f = 0; f < csv.count(); f++) {
            String name = decode(csv.out, csv.start(f), csv.end(f)).trim().toLowerCase(Locale.ROOT);
            int c = CSV_COLUMNS.indexOf(name);
            if (c >= 0) {
                if (columns[c] >= 0) {
                    throw new LeakFormatException("CSV header names the column " + CSV_COLUMNS.get(c) + " twice");
                }
                columns[c] = f;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < REQUIRED_COLUMNS; c++) {
            if (columns[c] < 0) {
                missing.add(CSV_COLUMNS.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new LeakFormatException("CSV header lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        csvColumns = columns;
        csvFieldCount = csv.count();
    }

    private void processCsv(long n, CsvRecordParser csv, int status, byte[] b, int s, int e) {
        if (status == CsvRecordParser.MALFORMED) {
            reject(n, RejectReason.CSV_MALFORMED_QUOTES);
            return;
        }
        if (csv.count() != csvFieldCount) {
            reject(n, RejectReason.CSV_FIELD_COUNT);
            return;
        }
        setRecord(b, s, e, UNKNOWN);
        fields = csv.out;
        RejectReason bad = readExtras(optionalField(csv, COL_KIND), optionalField(csv, COL_COMPROMISED),
                optionalField(csv, COL_MALWARE), false);
        if (bad != null) {
            reject(n, bad);
            return;
        }
        int url = csvColumns[COL_URL];
        int us = csv.start(url);
        int ue = csv.end(url);
        while (us < ue && isSpace(csv.out[us])) {
            us++;
        }
        while (ue > us && isSpace(csv.out[ue - 1])) {
            ue--;
        }
        setLogin(csv.out, csv.start(csvColumns[COL_LOGIN]), csv.end(csvColumns[COL_LOGIN]));
        pwS = csv.start(csvColumns[COL_PASSWORD]);
        pwE = csv.end(csvColumns[COL_PASSWORD]);
        bad = parseUrlField(csv.out, us, ue);
        if (bad != null) {
            reject(n, bad);
            return;
        }
        finish(n, extras);
    }

    private String optionalField(CsvRecordParser csv, int column) {
        int f = csvColumns[column];
        return f < 0 ? null : decode(csv.out, csv.start(f), csv.end(f));
    }

    // ---- common to all formats

    private RejectReason readExtras(String kind, String compromised, String malware, boolean cookies) {
        extras.kind = cfg.defaultKind();
        if (kind != null && !kind.isBlank()) {
            LeakKind k = LeakKind.parse(kind).orElse(null);
            if (k == null) {
                return RejectReason.INVALID_KIND;
            }
            extras.kind = k;
        }
        extras.compromisedOn = cfg.importDate();
        if (compromised != null && !compromised.isBlank()) {
            LocalDate d = parseDate(compromised.trim());
            if (d == null) {
                return RejectReason.INVALID_COMPROMISED_DATE;
            }
            extras.compromisedOn = d;
        }
        extras.malwareFamily = malware == null || malware.isBlank() ? null : malware.trim();
        extras.cookies = cookies;
        return null;
    }

    /** The date of an ISO-8601 date ("2024-05-01") or date-time, 'T' or ' ' between; null when neither. */
    static LocalDate parseDate(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            if (text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
                String iso = text.substring(0, 10) + 'T' + text.substring(11);
                return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(iso));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** Validates and matches the parsed record, then emits exactly one outcome for it. */
    private void finish(long n, Extras x) {
        if (hostE == hostS) {
            reject(n, RejectReason.EMPTY_HOST);
            return;
        }
        int slot = scanHost(hostBuf, hostS, hostE, hostLower);
        String slowHost = null;
        if (slot == NON_ASCII) {
            Hostnames.Checked c = Hostnames.check(decode(hostBuf, hostS, hostE));
            if (!c.isValid()) {
                reject(n, RejectReason.of(c.problem()));
                return;
            }
            slowHost = c.host();
            slot = suppliers.findLongest(slowHost);
        } else if (slot <= PROBLEM) {
            reject(n, RejectReason.of(PROBLEMS[PROBLEM - slot]));
            return;
        }
        int hostLength = lastHostLength;
        if (isBlank(fields, loginS, loginE)) {
            reject(n, RejectReason.EMPTY_LOGIN);
            return;
        }
        MatchedBy by = MatchedBy.HOST;
        if (slot < 0) {
            slot = matchLoginDomain();
            by = MatchedBy.LOGIN_DOMAIN;
        }
        if (slot < 0) {
            noMatch(n);
            return;
        }
        String host = slowHost != null ? slowHost : new String(hostLower, 0, hostLength, StandardCharsets.ISO_8859_1);
        emit(n, candidate(slot, by, host, x));
    }

    /**
     * Lower-cases b[s, e) into out while validating it as an ASCII host and probing the
     * supplier index at every label suffix. Returns the slot of the longest matching domain,
     * NO_MATCH, NON_ASCII (the caller takes the String path: IDN), or PROBLEM - ordinal.
     */
    private int scanHost(byte[] b, int s, int e, byte[] out) {
        if (e > s && b[e - 1] == '.') {
            e--;
        }
        int len = e - s;
        lastHostLength = len;
        if (len == 0) {
            return PROBLEM - Hostnames.Problem.EMPTY.ordinal();
        }
        SupplierDomainIndex index = suppliers;
        int h = 0;
        int label = 0;
        int best = NO_MATCH;
        boolean emptyLabel = false;
        boolean longLabel = false;
        for (int j = e - 1; j >= s; j--) {
            int c = HOST_BYTE[b[j] & 0xff];
            if (c == '.') {
                if (label == 0) {
                    emptyLabel = true;
                } else if (label > Hostnames.MAX_LABEL_LENGTH) {
                    longLabel = true;
                } else {
                    int slot = index.find(out, j + 1 - s, len, h);
                    if (slot >= 0) {
                        best = slot;
                    }
                }
                label = 0;
            } else if (c > 1) {
                label++;
            } else {
                return c == 0 ? PROBLEM - Hostnames.Problem.INVALID_CHARACTER.ordinal() : NON_ASCII;
            }
            out[j - s] = (byte) c;
            h = 31 * h + c;
        }
        if (label == 0) {
            emptyLabel = true;
        } else if (label > Hostnames.MAX_LABEL_LENGTH) {
            longLabel = true;
        }
        if (emptyLabel) {
            return PROBLEM - Hostnames.Problem.EMPTY_LABEL.ordinal();
        }
        if (longLabel) {
            return PROBLEM - Hostnames.Problem.LABEL_TOO_LONG.ordinal();
        }
        if (len > Hostnames.MAX_LENGTH) {
            return PROBLEM - Hostnames.Problem.TOO_LONG.ordinal();
        }
        int slot = index.find(out, 0, len, h);
        return slot >= 0 ? slot : best;
    }

    /** Slot of the supplier of the login's email domain (after its last '@'), or NO_MATCH. */
    private int matchLoginDomain() {
        int at = loginAt;
        if (at < 0) {
            return NO_MATCH;
        }
        int r = scanHost(fields, at + 1, loginE, domainLower);
        if (r == NON_ASCII) {
            Hostnames.Checked c = Hostnames.check(decode(fields, at + 1, loginE));
            return c.isValid() ? suppliers.findLongest(c.host()) : NO_MATCH;
        }
        return r >= 0 ? r : NO_MATCH;
    }

    private ObservationCandidate candidate(int slot, MatchedBy by, String host, Extras x) {
        long supplierId = suppliers.supplierAt(slot);
        String login = decode(fields, loginS, loginE);
        String loginHash = hex(hmac(loginMac, login.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                loginDigest));
        if (encoding() == UTF8) {
            // Already the UTF-8 bytes of the password: hashed in place, never a String.
            passwordMac.update(fields, pwS, pwE - pwS);
        } else {
            byte[] utf8 = decode(fields, pwS, pwE).getBytes(StandardCharsets.UTF_8);
            passwordMac.update(utf8);
            Arrays.fill(utf8, (byte) 0);
        }
        String passwordFingerprint = hex(doFinal(passwordMac, passwordDigest));
        sha256.update(host.getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) 0);
        sha256.update(loginDigest);
        sha256.update(passwordDigest);
        String dedupeKey = hex(sha256.digest());

        String emailDomain = Logins.emailDomain(login);
        int pathEnd = pathS;
        while (pathEnd < pathE && fields[pathEnd] != '?' && fields[pathEnd] != '#') {
            pathEnd++;
        }
        String path = pathEnd > pathS ? decode(fields, pathS, pathEnd) : "";
        OptionalLong org = cfg.attribution().attribute(supplierId, host, emailDomain);
        Extras e = x != null ? x : defaults();
        return new ObservationCandidate(supplierId, suppliers.domainAt(slot), by,
                org.isPresent() ? org.getAsLong() : null, host, path, e.kind, e.cookies, e.malwareFamily,
                e.compromisedOn, cfg.privilegedRules().isPrivileged(login, host, path), emailDomain,
                Logins.mask(login, emailDomain), loginHash, passwordFingerprint, dedupeKey);
    }

    private Extras defaults() {
        extras.kind = cfg.defaultKind();
        extras.compromisedOn = cfg.importDate();
        extras.malwareFamily = null;
        extras.cookies = false;
        return extras;
    }

    // ---- helpers

    private void setLogin(byte[] b, int s, int e) {
        loginS = s;
        loginE = e;
        loginAt = lastIndexOf(b, s, e, (byte) '@');
    }

    private void setRecord(byte[] b, int s, int e, int knownEncoding) {
        rec = b;
        recStart = s;
        recEnd = e;
        encoding = knownEncoding;
    }

    /** UTF-8 when the whole record is valid UTF-8, else windows-1252; decided once per record. */
    private int encoding() {
        if (encoding == UNKNOWN) {
            encoding = Utf8.isValid(rec, recStart, recEnd) ? UTF8 : CP1252;
        }
        return encoding;
    }

    private String decode(byte[] b, int s, int e) {
        return new String(b, s, e - s, encoding() == UTF8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    private static boolean isBlankOrComment(byte[] b, int s, int e) {
        return s == e || b[s] == '#' || isBlank(b, s, e);
    }

    /** Empty or white space only. */
    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUrlDelimiter(byte c) {
        return c == '/' || c == ':' || c == '?' || c == '#';
    }

    /** RFC 3986: a letter, then letters, digits, '+', '-', '.'. */
    private static boolean isScheme(byte[] b, int s, int e) {
        if (e <= s || e - s > 32 || !isLetter(b[s])) {
            return false;
        }
        for (int i = s + 1; i < e; i++) {
            byte c = b[i];
            if (!isLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static final byte[] ANDROID = "android".getBytes(StandardCharsets.US_ASCII);

    private static boolean isAndroid(byte[] b, int s, int e) {
        if (e - s != ANDROID.length) {
            return false;
        }
        for (int i = 0; i < ANDROID.length; i++) {
            if ((b[s + i] | 0x20) != ANDROID[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lastIndexOf(byte[] b, int s, int e, byte c) {
        for (int i = e - 1; i >= s; i--) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the labels of b[s, e) in reverse order into androidHost and points the host at it. */
    private void reverseLabels(byte[] b, int s, int e) {
        int o = 0;
        int labelEnd = e;
        for (int j = e - 1; j >= s - 1; j--) {
            if (j < s || b[j] == '.') {
                if (labelEnd != e) {
                    androidHost[o++] = '.';
                }
                System.arraycopy(b, j + 1, androidHost, o, labelEnd - j - 1);
                o += labelEnd - j - 1;
                labelEnd = j;
            }
        }
        hostBuf = androidHost;
        hostS = 0;
        hostE = o;
    }

    private static Mac mac(byte[] key) throws GeneralSecurityException {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        return m;
    }

    private static byte[] hmac(Mac mac, byte[] data, byte[] out) {
        mac.update(data);
        return doFinal(mac, out);
    }

    private static byte[] doFinal(Mac mac, byte[] out) {
        try {
            mac.doFinal(out, 0);
            return out;
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** The optional values of a CSV or JSONL record; reused, read before the next record. */
    private static final class Extras {
        LeakKind kind;
        LocalDate compromisedOn;
        String malwareFamily;
        boolean cookies;
    }

    @Override
    public String toString() {
        return "ScanRun[" + cfg.format() + ", lines=" + linesRead + "]";
    }
}
