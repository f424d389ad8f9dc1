package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.audit.rest.AuditDtos.EvidenceView;
import eu.nis2registry.audit.rest.AuditDtos.Review;
import eu.nis2registry.audit.rest.AuditDtos.SaveAnswers;
import eu.nis2registry.audit.service.AuditService;
import eu.nis2registry.audit.service.AuditXlsxService;
import eu.nis2registry.audit.service.EvidenceService;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

@Path("/api/audits")
@Tag(name = "Questionnaires and audits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AuditService audits;
    private final EvidenceService evidence;
    private final AuditXlsxService xlsx;

    public AuditResource(AuditService audits, EvidenceService evidence, AuditXlsxService xlsx) {
        this.audits = audits;
        this.evidence = evidence;
        this.xlsx = xlsx;
    }

    @GET
    @Path("/{id}")
    public AuditView get(@PathParam("id") Long id) {
        return audits.get(id);
    }

    @PUT
    @Path("/{id}/answers")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Merge answers into a draft (a null value removes an answer); every bad answer is listed, none saved")
    public AuditView answer(@PathParam("id") Long id, @Valid @NotNull SaveAnswers request) {
        return audits.saveAnswers(id, request.answers());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Submit for review; 422 lists the required questions still unanswered")
    public AuditView submit(@PathParam("id") Long id) {
        return audits.submit(id);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Operation(summary = "Approve or reject a submitted audit; the submitter cannot review their own audit (403)")
    public AuditView review(@PathParam("id") Long id, @Valid @NotNull Review request) {
        return audits.review(id, request.decision(), request.comment());
    }

    @POST
    @Path("/{id}/evidence")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach an evidence file to a question (PDF, image, text or office document)")
    public Response uploadEvidence(@PathParam("id") Long id, @RestForm("questionId") String questionId,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ApiException.invalid(List.of(ErrorDetail.field("file", "required")));
        }
        EvidenceView stored = evidence.upload(id, questionId, file.fileName(), file.uploadedFile());
        return Response.created(URI.create("/api/audits/" + id + "/evidence/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file")
    public Response downloadEvidence(@PathParam("id") Long id, @PathParam("evidenceId") Long evidenceId) {
        EvidenceService.StoredFile file = evidence.download(id, evidenceId);
        return Response.ok(file.path().toFile(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.filename() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    public Response deleteEvidence(@PathParam("id") Long id, @PathParam("evidenceId") Long evidenceId) {
        evidence.delete(id, evidenceId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/xlsx")
    @Produces(XLSX)
    @Operation(summary = "The questionnaire as a spreadsheet with an answer column, for suppliers who answer in Excel")
    public Response exportXlsx(@PathParam("id") Long id) {
        return Response.ok(xlsx.export(id), XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + id + ".xlsx\"").build();
    }

    @PUT
    @Path("/{id}/xlsx")
    @RolesAllowed({Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the filled spreadsheet into a draft: every bad cell listed (sheet, row), nothing stored if any")
    public AuditView importXlsx(@PathParam("id") Long id, InputStream body) {
        return xlsx.importAnswers(id, body);
    }
}
