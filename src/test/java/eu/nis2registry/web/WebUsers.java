package eu.nis2registry.web;

import eu.nis2registry.support.Api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;

/** Users made through the API for web tests, not yet signed in anywhere (so that their first login is the test's). */
final class WebUsers {

    static final String PASSWORD = Api.PASSWORD;

    private WebUsers() {
    }

    static String create(String role, Collection<Long> organizationIds) {
        String username = Api.unique("web-" + role.toLowerCase().replace('_', '-'));
        as(Api.admin()).body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role),
                "organizationIds", organizationIds, "allOrganizations", false)).post("/api/users").then().statusCode(201);
        return username;
    }
}
