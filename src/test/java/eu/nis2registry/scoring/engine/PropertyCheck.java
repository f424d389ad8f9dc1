package eu.nis2registry.scoring.engine;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated cases. Every test has its own fixed seed, so a run is repeatable;
 * {@code -Dscoring.seed=...} and {@code -Dscoring.cases=...} explore further without editing a test.
 * The first failing case stops the run, and its message names the seed, the case index and the input.
 */
final class PropertyCheck {

    private PropertyCheck() {
    }

    static <T> void forAll(long seed, int cases, Function<RiskInputs, T> generator, Consumer<? super T> property) {
        long runSeed = Long.decode(System.getProperty("scoring.seed", Long.toString(seed)));
        int runCases = Integer.getInteger("scoring.cases", cases);
        String seedText = runSeed >= 0 ? "0x" + Long.toHexString(runSeed).toUpperCase(Locale.ROOT) + "L" : runSeed + "L";
        for (int index = 0; index < runCases; index++) {
            T sample = generator.apply(RiskInputs.forCase(runSeed, index));
            try {
                property.accept(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(String.format(
                        "case %d of %d failed (seed %s; rebuild it with RiskInputs.forCase(%s, %d)): %s%ninput:%s",
                        index, runCases, seedText, seedText, index, e.getMessage(), RiskInputs.describe(sample)), e);
            }
        }
    }
}
