package eu.nis2registry.report.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the report paths of API.md with their methods. */
@QuarkusTest
class ReportOpenApiTest {

    @Test
    void reportPathsOfApiMdAreDocumented() {
        JsonPath openApi = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertThat(paths.get("/api/reports")).containsKeys("get", "post");
        assertThat(paths.get("/api/reports/{id}")).containsKey("get");
        assertThat(paths.get("/api/reports/{id}/pdf")).containsKey("get");
        assertThat(paths.get("/api/reports/verify")).containsKey("post");
        assertThat(openApi.getMap("paths.'/api/reports/{id}/pdf'.get.responses.'200'.content"))
                .containsKey("application/pdf");
        assertThat(openApi.getList("components.schemas.CreateReport.properties.kind.enum", String.class))
                .containsExactly("AUDIT", "ORGANIZATION", "SUPPLIER_EXPOSURE");
    }
}
