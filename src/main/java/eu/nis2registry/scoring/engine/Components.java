package eu.nis2registry.scoring.engine;

/**
 * Unrounded points of the three components (defaults: inherent 0..30, controls 0..30, exposure
 * 0..40). Their sum, rounded, is the score before any floor.
 */
public record Components(double inherent, double controls, double exposure) {

    public double total() {
        return inherent + controls + exposure;
    }
}
