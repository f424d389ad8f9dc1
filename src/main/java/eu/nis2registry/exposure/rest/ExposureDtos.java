package eu.nis2registry.exposure.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.nis2registry.exposure.LeakImportStatus;
import eu.nis2registry.exposure.parse.LeakFormat;
import eu.nis2registry.exposure.parse.LeakKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class ExposureDtos {

    private ExposureDtos() {
    }

    public record Reject(long line, String reason) {
    }

    public record MatchedSupplier(long supplierId, long observations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportView(Long id, LeakImportStatus status, LeakFormat format, LeakKind kind, String source,
            Long organizationId, String uploadedBy, long linesRead, long accepted, long duplicates, long unmatched,
            long rejected, long skipped, double progress, List<Reject> rejects, List<MatchedSupplier> matchedSuppliers,
            String errorMessage, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    public record AggregateRequest(
            @NotNull Long supplierId,
            Long organizationId,
            @NotBlank @Size(max = 200) String source,
            @NotNull LeakKind kind,
            @NotNull @PositiveOrZero @Max(10_000_000_000L) Long records,
            @DecimalMin("0.0") @DecimalMax("1.0") Double stealerShare,
            @PositiveOrZero Long privileged,
            LocalDate compromisedFrom,
            LocalDate compromisedTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AggregateView(Long id, Long supplierId, Long organizationId, String source, LeakKind kind, long records,
            Double stealerShare, Long privileged, LocalDate compromisedFrom, LocalDate compromisedTo, LocalDate reportedOn,
            Instant createdAt) {
    }

    public record MonthCount(String month, long count) {
    }

    public record OrganizationCount(long organizationId, long observations) {
    }

    public record Sample(String maskedLogin, String host, String kind, LocalDate compromisedAt) {
    }

    public record Exposure(long supplierId, long observations, long last90Days, long stealerLogs, long privileged,
            List<MonthCount> byMonth, List<OrganizationCount> byOrganization, List<Sample> samples,
            long aggregateRecords, List<AggregateView> aggregates) {
    }
}
