package eu.nis2registry.report.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class ReportDtos {

    private ReportDtos() {
    }

    /**
     * A report to make. {@code kind} is text rather than an enum so that a wrong kind is answered with 422 and
     * named together with the other problems of the request.
     *
     * @param language en, nl or fr for ORGANIZATION and SUPPLIER_EXPOSURE (default en); an AUDIT report is in
     *                 the language of its questionnaire
     */
    public record CreateReport(
            @Schema(enumeration = {"AUDIT", "ORGANIZATION", "SUPPLIER_EXPOSURE"}) @Size(max = 40) String kind,
            Long auditId, Long organizationId, Long supplierId,
            @Schema(enumeration = {"en", "nl", "fr"}) @Size(max = 10) String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportView(Long id, String kind, String sha256, long size, Instant createdAt, String downloadUrl,
            String title, String subject, String language, int pages, String createdBy, Long auditId,
            Long organizationId, Long supplierId, List<Long> organizationIds, boolean sectorWide) {
    }

    /** {@code reportId} only when the caller may see the report whose bytes these are. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerifyResult(boolean matches, Long reportId) {
    }
}
