package eu.nis2registry.audit;

import eu.nis2registry.audit.scoring.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

@ConfigMapping(prefix = "registry.audits")
public interface AuditConfig {

    /** Largest evidence file accepted, in bytes. */
    @WithDefault("10485760")
    long evidenceMaxBytes();

    /** Largest spreadsheet accepted for an answer import, in bytes. */
    @WithDefault("5242880")
    long xlsxMaxBytes();

    FindingDue findingDue();

    /** How long the organisation has to get a finding fixed, by severity. */
    interface FindingDue {
        @WithDefault("P30D")
        Period critical();

        @WithDefault("P60D")
        Period high();

        @WithDefault("P90D")
        Period medium();

        @WithDefault("P180D")
        Period low();

        default Period of(Severity severity) {
            return switch (severity) {
                case CRITICAL -> critical();
                case HIGH -> high();
                case MEDIUM -> medium();
                case LOW -> low();
            };
        }
    }
}
