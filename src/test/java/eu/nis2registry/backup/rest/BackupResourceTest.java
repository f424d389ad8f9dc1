package eu.nis2registry.backup.rest;

import eu.nis2registry.backup.BackupManifest;
import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class BackupResourceTest {

    @Test
    void anAdministratorGetsAVerifiableBackupRecordedInTheTrail() throws Exception {
        Api.createOrganization(Api.unique("AZ Backup"), Api.unique("bk") + ".example");

        JsonPath answer = as(Api.admin()).post("/api/admin/backup").then().statusCode(201).extract().jsonPath();

        Path folder = Path.of("target/test-backups").resolve(answer.getString("name"));
        BackupManifest manifest = BackupManifest.read(folder);
        assertThat(manifest.problems(folder)).isEmpty();
        assertThat(BackupManifest.sha256Of(folder)).isEqualTo(answer.getString("manifestSha256"));
        assertThat(answer.getLong("rows")).isEqualTo(manifest.totalRows()).isPositive();
        assertThat(answer.getLong("sizeBytes")).isEqualTo(manifest.totalBytes());
        assertThat(answer.getLong("tables")).isEqualTo(manifest.tables().size());
        assertThat(manifest.tables()).extracting(BackupManifest.TableEntry::name).contains("organization", "audit_trail", "leak_observation");
        assertThat(manifest.tables()).filteredOn(t -> t.name().equals("organization")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isPositive());
        List<Map<String, Object>> trail = as(Api.admin()).queryParam("entityType", "Backup").get("/api/audit-trail")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("BACKUP_CREATED");
            assertThat((String) entry.get("details")).contains(answer.getString("manifestSha256"));
        });
    }

    @Test
    void onlyAnAdministratorMayBackUp() {
        long org = Api.createOrganization(Api.unique("AZ NoBackup"), Api.unique("nb") + ".example");
        Api.User ciso = Api.user(List.of("CISO"), List.of(org), true);

        as(ciso.token()).post("/api/admin/backup").then().spec(Api.error(403, "forbidden"));
        Api.anonymous().post("/api/admin/backup").then().statusCode(401);
    }
}
