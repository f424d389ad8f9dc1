package eu.nis2registry.report.pdf;

/** One labelled fact in a {@link PdfDocumentBuilder#keyValues key/value block}. */
public record KeyValue(String key, String value) {

    public KeyValue {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
    }
}
