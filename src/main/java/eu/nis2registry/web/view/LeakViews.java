package eu.nis2registry.web.view;

import eu.nis2registry.exposure.rest.ExposureDtos.ImportView;
import eu.nis2registry.inventory.rest.InventoryDtos.OrganizationView;
import io.quarkus.qute.TemplateData;

import java.util.List;

public final class LeakViews {

    private LeakViews() {
    }

    @TemplateData
    public record UploadForm(String format, String kind, String source, String organizationId) {

        public boolean isFormat(String value) {
            return value.equals(format);
        }

        public boolean isKind(String value) {
            return value.equals(kind);
        }

        public boolean isOrganization(Long id) {
            return id != null && id.toString().equals(organizationId);
        }
    }

    @TemplateData
    public record ImportsPage(List<ImportView> imports, UploadForm form, FormErrors errors,
            List<OrganizationView> organizations, boolean canUpload) {

        public List<String> formats() {
            return List.of("ULP", "CSV", "JSONL");
        }

        public List<String> kinds() {
            return List.of("STEALER_LOG", "COMBOLIST", "BREACH");
        }
    }

    @TemplateData
    public record SupplierCount(long supplierId, String name, long observations) {
    }

    @TemplateData
    public record ImportPage(ImportView job, List<SupplierCount> suppliers) {

        public boolean finished() {
            return job.status().name().equals("COMPLETED") || job.status().name().equals("FAILED");
        }

        public int percent() {
            return (int) Math.floor(job.progress() * 100);
        }
    }
}
