package eu.nis2registry.report.pdf;

/**
 * Page dimensions in PDF points (1/72 inch).
 */
public record PageSize(float width, float height) {

    public static final PageSize A4 = new PageSize(595.2756f, 841.8898f);
    public static final PageSize A4_LANDSCAPE = A4.landscape();
    public static final PageSize LETTER = new PageSize(612f, 792f);

    public PageSize {
        // a page narrower than its margins cannot hold even one column of text
        if (!(width >= 300f && height >= 300f) || width > 14_400f || height > 14_400f) {
            throw new IllegalArgumentException("page size out of range: " + width + " x " + height);
        }
    }

    public PageSize landscape() {
        return width >= height ? this : new PageSize(height, width);
    }
}
