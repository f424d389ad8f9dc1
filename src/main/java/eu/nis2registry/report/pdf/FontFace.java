package eu.nis2registry.report.pdf;

/** The bundled faces, in the order of {@link FontLibrary}'s resources. */
enum FontFace {
    REGULAR("/fonts/DejaVuSans.ttf"),
    BOLD("/fonts/DejaVuSans-Bold.ttf"),
    MONO("/fonts/DejaVuSansMono.ttf");

    final String resource;

    FontFace(String resource) {
        this.resource = resource;
    }

    /** Faces to try, in order, for a code point this face lacks. */
    FontFace[] chain() {
        return switch (this) {
            case REGULAR -> new FontFace[] {REGULAR, MONO};
            case BOLD -> new FontFace[] {BOLD, REGULAR, MONO};
            case MONO -> new FontFace[] {MONO, REGULAR};
        };
    }
}
