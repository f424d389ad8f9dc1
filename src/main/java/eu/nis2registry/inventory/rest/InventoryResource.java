package eu.nis2registry.inventory.rest;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import eu.nis2registry.inventory.service.InventoryCsvService;
import eu.nis2registry.inventory.service.InventoryCsvService.ImportSummary;
import eu.nis2registry.inventory.service.InventoryCsvService.Kind;
import eu.nis2registry.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The inventory as CSV for people who keep it in a spreadsheet. Export: a zip of organizations.csv,
 * suppliers.csv and engagements.csv, or one of them with {@code ?kind=}. Import: the same zip, or one CSV
 * with {@code ?kind=}; {@code ?dryRun=true} checks without storing.
 */
@Path("/api/inventory")
@Tag(name = "Inventory")
@Authenticated
public class InventoryResource {

    private static final long MAX_UNZIPPED = 50L * 1024 * 1024;

    private final InventoryCsvService csv;

    public InventoryResource(InventoryCsvService csv) {
        this.csv = csv;
    }

    @GET
    @Path("/export")
    @Produces({"application/zip", "text/csv"})
    @Operation(summary = "Export the inventory in scope: a zip of three CSV files, or one CSV with ?kind=")
    public Response export(@QueryParam("kind") String kind) {
        if (kind == null || kind.isBlank()) {
            return Response.ok(csv.exportZip(), "application/zip")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inventory.zip\"").build();
        }
        Kind k = kindOf(kind);
        return Response.ok(csv.exportCsv(k), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + k.fileName + "\"").build();
    }

    @POST
    @Path("/import")
    @RolesAllowed({Role.ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.CISO_NAME})
    @Consumes({"application/zip", "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import inventory CSV (a zip of the export's files, or one CSV with ?kind=); all rows or none")
    public ImportSummary importInventory(InputStream body, @QueryParam("kind") String kind,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) throws IOException {
        Map<Kind, String> files = new EnumMap<>(Kind.class);
        if (kind != null && !kind.isBlank()) {
            Kind k = kindOf(kind);
            files.put(k, text(body.readAllBytes(), k.fileName));
        } else if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")) {
            throw ApiException.badRequest("Say which file this is with ?kind=organizations|suppliers|engagements",
                    List.of(ErrorDetail.field("kind", "required for a single CSV file")));
        } else {
            readZip(body, files);
        }
        if (files.isEmpty()) {
            throw ApiException.badRequest("The upload holds none of organizations.csv, suppliers.csv, engagements.csv", List.of());
        }
        return csv.importFiles(files, dryRun);
    }

    private static void readZip(InputStream body, Map<Kind, String> files) throws IOException {
        // The body is capped by BodyLimits. A zip cut short between two entries reads as a shorter zip (the stream
        // just ends), so the end record, which only a complete zip carries, is checked before importing anything.
        byte[] bytes = body.readAllBytes();
        if (!endsWithCentralDirectory(bytes)) {
            throw ApiException.badRequest("The upload is not a complete zip file; for one CSV add ?kind=", List.of());
        }
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                String name = entry.getName().replaceAll(".*/", "");
                var kind = Kind.byFileName(name);
                if (kind.isEmpty() || entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED) {
                        throw new ApiException(413, "payload_too_large", "The zip unpacks to more than 50 MB");
                    }
                    out.write(buffer, 0, n);
                }
                files.put(kind.get(), text(out.toByteArray(), name));
            }
            if (!any) {
                throw ApiException.badRequest("The upload is not a zip file; for one CSV add ?kind=", List.of());
            }
        } catch (java.util.zip.ZipException e) {
            throw ApiException.badRequest("The upload is not a readable zip file", List.of());
        }
    }

    /** The end-of-central-directory record: its signature within the last 64 KB + 22 bytes, its comment reaching the end. */
    private static boolean endsWithCentralDirectory(byte[] bytes) {
        for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xFFFF); at--) {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 5 && bytes[at + 3] == 6) {
                int commentLength = (bytes[at + 20] & 0xFF) | (bytes[at + 21] & 0xFF) << 8;
                return at + 22 + commentLength == bytes.length;
            }
        }
        return false;
    }

    private static String text(byte[] bytes, String fileName) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Spreadsheets on Windows often save CSV as windows-1252.
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static Kind kindOf(String kind) {
        try {
            return Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Unknown kind", List.of(ErrorDetail.field("kind",
                    "must be one of organizations, suppliers, engagements")));
        }
    }
}
