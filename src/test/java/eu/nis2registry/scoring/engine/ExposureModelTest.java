package eu.nis2registry.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Counts enter logarithmically and saturate; the kinds and flags weigh as documented. */
class ExposureModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final ScoringModel.ExposureWeights weights = ScoringModel.defaults().exposure();
    private final ExposureModel model = new ExposureModel(weights);

    @Test
    void oneRecordCountsAFifthAndEachTenfoldAboutAFifthMore() {
        assertThat(model.saturation(0)).isZero();
        assertThat(model.saturation(1)).isCloseTo(0.2, within(0.005));
        assertThat(model.saturation(10)).isCloseTo(0.4, within(0.01));
        assertThat(model.saturation(100)).isCloseTo(0.6, within(0.01));
        assertThat(model.saturation(1_000)).isCloseTo(0.8, within(0.01));
        assertThat(model.saturation(10_000)).isEqualTo(1.0);
    }

    @Test
    void seventyOneThousandRecordsWeighNoMoreThanTenThousand() {
        double tenThousand = points(bucket(ObservationKind.STEALER_LOG, 10_000));
        double seventyOneThousand = points(bucket(ObservationKind.STEALER_LOG, 71_000));

        assertThat(seventyOneThousand).isEqualTo(tenThousand);
        assertThat(seventyOneThousand).isLessThanOrEqualTo(weights.max());
    }

    @Test
    void aFreshPrivilegedAttributedStealerLogWithCookiesIsTheMostIntenseRecord() {
        ExposureBucket worst = new ExposureBucket("X", 0, ObservationKind.STEALER_LOG_WITH_COOKIES, TODAY, true, true, 1, 0);

        assertThat(model.intensity(weights.weightStealerLogWithCookies(), 180, worst, TODAY)).isEqualTo(1.0);
    }

    @Test
    void kindsWeighInTheSpecifiedOrder() {
        double previous = Double.MAX_VALUE;
        for (ObservationKind kind : List.of(ObservationKind.STEALER_LOG_WITH_COOKIES, ObservationKind.STEALER_LOG,
                ObservationKind.COMBOLIST, ObservationKind.BREACH)) {
            double points = points(bucket(kind, 50));
            assertThat(points).as(kind.name()).isLessThan(previous);
            previous = points;
        }
        assertThat(points(ExposureBucket.aggregate("X", 0, TODAY, false, false, 50, 0.0))).isLessThan(previous);
    }

    @Test
    void privilegedAndAttributedRecordsWeighMore() {
        double plain = points(new ExposureBucket("X", 0, ObservationKind.COMBOLIST, TODAY, false, false, 20, 0));
        double privileged = points(new ExposureBucket("X", 0, ObservationKind.COMBOLIST, TODAY, true, false, 20, 0));
        double attributed = points(new ExposureBucket("X", 0, ObservationKind.COMBOLIST, TODAY, false, true, 20, 0));

        assertThat(privileged).isGreaterThan(plain);
        assertThat(attributed).isGreaterThan(plain);
    }

    @Test
    void theMostIntenseRecordsAreCountedFirst() {
        ExposureBucket few = new ExposureBucket("X", 0, ObservationKind.STEALER_LOG, TODAY, true, true, 3, 0);
        ExposureBucket many = new ExposureBucket("X", 0, ObservationKind.BREACH, TODAY, false, false, 5_000, 0);

        List<ExposureModel.Row> rows = model.compute(List.of(many, few), TODAY).rows();

        assertThat(rows).extracting(ExposureModel.Row::bucket).containsExactly(few, many);
        assertThat(rows.get(0).curveBefore()).isZero();
        assertThat(rows.get(1).curveBefore()).isEqualTo(rows.get(0).curveAfter());
    }

    @Test
    void aggregateStealerShareWeighsAsUnverifiedStealerLogs() {
        double noStealers = points(ExposureBucket.aggregate("X", 0, TODAY, false, false, 1_000, 0.0));
        double mostlyStealers = points(ExposureBucket.aggregate("X", 0, TODAY, false, false, 1_000, 0.8));
        double verifiedStealers = points(bucket(ObservationKind.STEALER_LOG, 1_000));

        assertThat(mostlyStealers).isGreaterThan(noStealers).isLessThan(verifiedStealers);
    }

    @Test
    void aDateAfterTheScoringDateCountsAsToday() {
        double today = points(bucket(ObservationKind.STEALER_LOG, 10));
        double tomorrow = points(new ExposureBucket("X", 0, ObservationKind.STEALER_LOG, TODAY.plusDays(1), false, false, 10, 0));

        assertThat(tomorrow).isEqualTo(today);
    }

    private double points(ExposureBucket bucket) {
        return model.compute(List.of(bucket), TODAY).points();
    }

    private static ExposureBucket bucket(ObservationKind kind, long count) {
        return ExposureBucket.observations("X", 0, kind, TODAY, false, false, count);
    }
}
