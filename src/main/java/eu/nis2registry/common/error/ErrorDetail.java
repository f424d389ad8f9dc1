package eu.nis2registry.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem of a request: where it is (a field, a line of an uploaded file, a question, a record id)
 * and what is wrong, in words a person understands.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDetail(String file, String field, Long line, String questionId, Long id, String message) {

    public ErrorDetail(String field, Long line, String questionId, Long id, String message) {
        this(null, field, line, questionId, id, message);
    }

    /** A problem in a row of an uploaded file. */
    public static ErrorDetail row(String file, long line, String field, String message) {
        return new ErrorDetail(file, field, line, null, null, message);
    }

    public ErrorDetail inFile(String fileName, long lineNumber) {
        return new ErrorDetail(fileName, field, lineNumber, questionId, id, message);
    }


    public static ErrorDetail field(String field, String message) {
        return new ErrorDetail(field, null, null, null, message);
    }

    public static ErrorDetail line(long line, String message) {
        return new ErrorDetail(null, line, null, null, message);
    }

    public static ErrorDetail lineField(long line, String field, String message) {
        return new ErrorDetail(field, line, null, null, message);
    }

    public static ErrorDetail question(String questionId, String message) {
        return new ErrorDetail(null, null, questionId, null, message);
    }

    public static ErrorDetail record(long id, String field, String message) {
        return new ErrorDetail(field, null, null, id, message);
    }

    public static ErrorDetail message(String message) {
        return new ErrorDetail(null, null, null, null, message);
    }
}
