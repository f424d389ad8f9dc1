package eu.nis2registry.inventory.rest;

import eu.nis2registry.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.admin;
import static eu.nis2registry.support.Api.anonymous;
import static eu.nis2registry.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void adminRegistersAnOrganizationWithNormalisedDomains() {
        String name = Api.unique("AZ Scheldezicht");
        as(admin()).body(Map.of("name", name, "sector", "Health", "nis2Category", "ESSENTIAL",
                        "emailDomains", List.of("AZ-Scheldezicht.Example.", "ziekenhuis-ü.example")))
                .post("/api/organizations")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("nis2Category", equalTo("ESSENTIAL"))
                .body("emailDomains", hasItems("az-scheldezicht.example", "xn--ziekenhuis--3hb.example"));
    }

    @Test
    void refusesCallsWithoutToken() {
        anonymous().get("/api/organizations").then().statusCode(401).body("error", equalTo("unauthorized"));
    }
}
