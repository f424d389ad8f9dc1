package eu.nis2registry.exposure.parse;

import eu.nis2registry.common.text.Hostnames;

/**
 * Why a line was rejected. A closed set of fixed texts, so that a reject can never carry any
 * content of the line (which may hold a password).
 */
public enum RejectReason {
    LINE_TOO_LONG("line longer than 8 KiB"),
    TOO_FEW_FIELDS("fewer than three fields: url, login, password"),
    EMPTY_HOST("empty host"),
    EMPTY_LOGIN("empty login"),
    HOST_INVALID_CHARACTER("host has a character a host cannot have"),
    HOST_INVALID_IDN("host is not a valid internationalised name"),
    HOST_EMPTY_LABEL("host has an empty label"),
    HOST_LABEL_TOO_LONG("host has a label longer than 63 characters"),
    HOST_TOO_LONG("host longer than 253 characters"),
    INVALID_PORT("url has a port that is not a number from 0 to 65535"),
    INVALID_JSON("invalid JSON"),
    JSON_NOT_AN_OBJECT("JSON line is not an object"),
    JSON_WRONG_TYPE("JSON field of the wrong type: url, login, password, compromisedAt, malwareFamily"
            + " and kind are strings, cookies is a boolean"),
    CSV_FIELD_COUNT("record does not have as many fields as the header"),
    CSV_MALFORMED_QUOTES("malformed quoted field"),
    CSV_UNTERMINATED_QUOTE("quoted field not closed before the end of the file"),
    RECORD_TOO_LONG("record (quoted field over several lines) longer than 8 KiB"),
    INVALID_KIND("kind is not COMBOLIST, STEALER_LOG or BREACH"),
    INVALID_COMPROMISED_DATE("compromised date is not an ISO-8601 date (yyyy-mm-dd) or date-time");

    private final String message;

    RejectReason(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    static RejectReason of(Hostnames.Problem problem) {
        switch (problem) {
            case EMPTY:
                return EMPTY_HOST;
            case INVALID_IDN:
                return HOST_INVALID_IDN;
            case EMPTY_LABEL:
                return HOST_EMPTY_LABEL;
            case LABEL_TOO_LONG:
                return HOST_LABEL_TOO_LONG;
            case TOO_LONG:
                return HOST_TOO_LONG;
            default:
                return HOST_INVALID_CHARACTER;
        }
    }
}
