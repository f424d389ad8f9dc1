package eu.nis2registry.report.rest;

import eu.nis2registry.common.http.BodyLimits;
import eu.nis2registry.report.rest.ReportDtos.CreateReport;
import eu.nis2registry.report.rest.ReportDtos.ReportView;
import eu.nis2registry.report.rest.ReportDtos.VerifyResult;
import eu.nis2registry.report.service.ReportArchive;
import eu.nis2registry.report.service.ReportService;
import eu.nis2registry.security.ReadOnlyOperation;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

@Path("/api/reports")
@Tag(name = "Reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String PDF = "application/pdf";

    private final ReportService reports;
    private final BodyLimits.Config limits;

    public ReportResource(ReportService reports, BodyLimits.Config limits) {
        this.reports = reports;
        this.limits = limits;
    }

    @POST
    @ReadOnlyOperation
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make and archive a PDF report: AUDIT (auditId; in its questionnaire's language), ORGANIZATION"
            + " (organizationId) or SUPPLIER_EXPOSURE (supplierId), the last two in en, nl or fr; a draft audit: 409")
    public Response create(@Valid CreateReport request) {
        ReportView report = reports.create(request);
        return Response.created(URI.create("/api/reports/" + report.id())).entity(report).build();
    }

    @GET
    @Operation(summary = "The reports you may see (those holding only data in your scope), newest first")
    public List<ReportView> list(@QueryParam("organizationId") Long organizationId) {
        return reports.list(organizationId);
    }

    @GET
    @Path("/{id}")
    public ReportView get(@PathParam("id") Long id) {
        return reports.get(id);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The archived PDF, whose bytes hash to the recorded sha256; an archive file that no longer"
            + " matches is not served (409 report_file_altered), a missing one answers 410")
    public Response pdf(@PathParam("id") Long id) {
        ReportService.Archived archived = reports.pdf(id);
        return Response.ok(archived.pdf(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + archived.id() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/verify")
    @ReadOnlyOperation
    @Consumes({PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Whether the PDF in the body is one of the archived reports (by SHA-256); reportId only when"
            + " you may see that report")
    public VerifyResult verify(InputStream body) {
        return reports.verify(ReportArchive.sha256(body, limits.maxBodyBytes()));
    }
}
