package eu.nis2registry.common.openapi;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md promises that {@code /q/openapi} describes all of it. Each feature adds its endpoints to these lists
 * when it is built; path parameters match whatever their name, since clients never see it.
 */
@QuarkusTest
class OpenApiContractTest {

    /** The endpoints API.md names, as it writes them. */
    static final List<String> API_MD = List.of(
            "POST /api/auth/token",
            "POST /api/users",
            "POST /api/me/totp",
            "POST /api/me/totp/confirm",
            "POST /api/organizations",
            "GET /api/organizations",
            "GET /api/organizations/{id}",
            "POST /api/suppliers",
            "GET /api/suppliers",
            "GET /api/suppliers/{id}",
            "POST /api/suppliers/{id}/subcontractors",
            "POST /api/organizations/{orgId}/engagements",
            "GET /api/organizations/{orgId}/engagements",
            "GET /api/engagements/{id}",
            "GET /api/questionnaires",
            "GET /api/questionnaires/{key}",
            "POST /api/engagements/{id}/audits",
            "GET /api/audits/{id}",
            "PUT /api/audits/{id}/answers",
            "POST /api/audits/{id}/submit",
            "POST /api/audits/{id}/review",
            "POST /api/audits/{id}/evidence",
            "POST /api/leak-imports",
            "GET /api/leak-imports/{id}",
            "POST /api/leak-observations/aggregate",
            "GET /api/suppliers/{id}/exposure",
            "GET /api/engagements/{id}/risk",
            "GET /api/suppliers/{id}/risk",
            "GET /api/organizations/{id}/risk",
            "GET /api/engagements/{id}/risk/history",
            "GET /api/suppliers/{id}/blast-radius",
            "POST /api/reports",
            "GET /api/reports",
            "GET /api/reports/{id}",
            "GET /api/reports/{id}/pdf",
            "POST /api/reports/verify");

    /** What the registry adds beyond API.md (API.md allows more endpoints): it must be documented too. */
    static final List<String> ADDED = List.of(
            "GET /api/users",
            "GET /api/users/{id}",
            "PUT /api/users/{id}",
            "PUT /api/users/{id}/password",
            "GET /api/me",
            "POST /api/me/recovery-codes",
            "PUT /api/organizations/{id}",
            "PUT /api/suppliers/{id}",
            "DELETE /api/suppliers/{id}/subcontractors/{subcontractorId}",
            "PUT /api/engagements/{id}",
            "GET /api/inventory/export",
            "POST /api/inventory/import",
            "GET /api/questionnaires/problems",
            "POST /api/questionnaires/reload",
            "GET /api/engagements/{id}/audits",
            "GET /api/organizations/{id}/audits",
            "GET /api/audits/{id}/evidence/{evidenceId}",
            "DELETE /api/audits/{id}/evidence/{evidenceId}",
            "GET /api/audits/{id}/xlsx",
            "PUT /api/audits/{id}/xlsx",
            "GET /api/findings/{id}",
            "PUT /api/findings/{id}",
            "GET /api/organizations/{id}/findings",
            "GET /api/leak-imports",
            "GET /api/concentration",
            "GET /api/audit-trail",
            "GET /api/audit-trail/verify",
            "POST /api/admin/backup");

    private static JsonPath openApi() {
        return Api.anonymous().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource({"API_MD", "ADDED"})
    void documentsTheEndpoint(String endpoint) {
        assertThat(documented()).contains(normalized(endpoint));
    }

    @Test
    void documentsNoApiEndpointThatTheListsDoNotKnow() {
        Set<String> known = new TreeSet<>();
        API_MD.forEach(e -> known.add(normalized(e)));
        ADDED.forEach(e -> known.add(normalized(e)));

        assertThat(documented()).filteredOn(e -> e.contains(" /api/")).isSubsetOf(known);
    }

    @Test
    void describesTheBearerTokenScheme() {
        Map<String, Object> schemes = openApi().getMap("components.securitySchemes");
        assertThat(schemes).isNotEmpty();
        assertThat(schemes.values()).anySatisfy(scheme ->
                assertThat(((Map<?, ?>) scheme).get("scheme").toString().toLowerCase(Locale.ROOT)).isEqualTo("bearer"));
    }

    private static Set<String> documented() {
        Set<String> endpoints = new TreeSet<>();
        Map<String, Map<String, Object>> paths = openApi().getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
                .forEach(method -> endpoints.add(normalized(method.toUpperCase(Locale.ROOT) + " " + path))));
        return endpoints;
    }

    private static String normalized(String endpoint) {
        return endpoint.replaceAll("\\{[^}]*}", "{}");
    }
}
