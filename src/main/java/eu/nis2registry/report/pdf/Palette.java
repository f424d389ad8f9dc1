package eu.nis2registry.report.pdf;

import java.awt.Color;
import java.util.Locale;

/**
 * The report colours. Tier colours follow the usual traffic-light reading and stay
 * distinguishable in greyscale print (each step is darker than the previous one).
 */
public final class Palette {

    public static final Color INK = new Color(0x1F, 0x29, 0x33);
    public static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    public static final Color RULE = new Color(0xC9, 0xD1, 0xDB);
    public static final Color HAIRLINE = new Color(0xE1, 0xE6, 0xEC);
    public static final Color HEADER_FILL = new Color(0xE4, 0xEB, 0xF2);
    public static final Color ZEBRA = new Color(0xF5, 0xF7, 0xFA);
    public static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    public static final Color NEUTRAL = new Color(0x90, 0x9C, 0xA8);
    public static final Color PLACEHOLDER = new Color(0xB0, 0x3A, 0x2E);

    public static final Color TIER_LOW = new Color(0x4C, 0xAF, 0x50);
    public static final Color TIER_MEDIUM = new Color(0xF2, 0xB1, 0x34);
    public static final Color TIER_HIGH = new Color(0xE0, 0x6C, 0x1B);
    public static final Color TIER_CRITICAL = new Color(0xB7, 0x1C, 0x1C);

    private Palette() {
    }

    /** Colour of a risk tier by name (LOW, MEDIUM, HIGH, CRITICAL); neutral grey otherwise. */
    public static Color tier(String tier) {
        if (tier == null) {
            return NEUTRAL;
        }
        return switch (tier.strip().toUpperCase(Locale.ROOT)) {
            case "LOW" -> TIER_LOW;
            case "MEDIUM" -> TIER_MEDIUM;
            case "HIGH" -> TIER_HIGH;
            case "CRITICAL" -> TIER_CRITICAL;
            default -> NEUTRAL;
        };
    }

    /** Black or white, whichever reads better on the given fill. */
    public static Color textOn(Color fill) {
        double luminance = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen())
                + 0.0722 * linear(fill.getBlue());
        return luminance > 0.36 ? INK : Color.WHITE;
    }

    /** A pale tint of a colour, for large filled areas that carry text. */
    static Color tint(Color c, float amount) {
        return new Color(
                Math.round(c.getRed() + (255 - c.getRed()) * amount),
                Math.round(c.getGreen() + (255 - c.getGreen()) * amount),
                Math.round(c.getBlue() + (255 - c.getBlue()) * amount));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
