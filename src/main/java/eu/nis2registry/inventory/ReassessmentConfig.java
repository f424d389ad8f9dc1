package eu.nis2registry.inventory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.time.Period;

/**
 * How often each engagement must be audited again, by criticality, and how long a new engagement may run
 * before its first audit. NIS2 asks for regular review of suppliers (IR 2024/2690 5.1.5 to 5.1.7) without
 * fixing intervals: these defaults are ours and documented in src/docs/audits.md.
 */
@ConfigMapping(prefix = "registry.reassessment")
public interface ReassessmentConfig {

    @WithDefault("P12M")
    Period critical();

    @WithDefault("P12M")
    Period high();

    @WithDefault("P24M")
    Period medium();

    @WithDefault("P36M")
    Period low();

    /** A new engagement's first audit is due this long after it is registered. */
    @WithDefault("P90D")
    Period firstAuditWithin();

    default Period interval(Criticality criticality) {
        return switch (criticality) {
            case CRITICAL -> critical();
            case HIGH -> high();
            case MEDIUM -> medium();
            case LOW -> low();
        };
    }

    /** The next due date after an approval on {@code approvedOn}, or for a new engagement registered then. */
    default LocalDate nextDue(Criticality criticality, LocalDate lastApproval, LocalDate registeredOn) {
        return lastApproval != null ? lastApproval.plus(interval(criticality)) : registeredOn.plus(firstAuditWithin());
    }
}
