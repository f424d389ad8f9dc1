package eu.nis2registry.support;

import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.totp.Totp;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Test helpers that talk to the running service through its public API only, as a client would. Tokens are
 * cached per user: a TOTP code works once, so logging the same user in again and again would need new codes.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password-1";
    public static final String PASSWORD = "correct-horse-battery-1";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> TOTP_SECRETS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The admin's token; the admin enrols two-factor on first use, as policy requires. */
    public static String admin() {
        return TOKENS.computeIfAbsent("admin", name -> loginAndEnrol(name, ADMIN_PASSWORD));
    }

    /** A new user with these roles and organisations, logged in (enrolled in two-factor when required). */
    public static User user(String role, Collection<Long> organizationIds) {
        return user(List.of(role), organizationIds, false);
    }

    public static User user(List<String> roles, Collection<Long> organizationIds, boolean allOrganizations) {
        String username = unique(roles.get(0).toLowerCase().replace('_', '-'));
        long id = as(admin()).body(Map.of("username", username, "password", PASSWORD, "roles", roles,
                        "organizationIds", organizationIds, "allOrganizations", allOrganizations))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = loginAndEnrol(username, PASSWORD);
        TOKENS.put(username, token);
        return new User(id, username, token);
    }

    public record User(long id, String username, String token) {
    }

    /** Logs in; when the token is enrolment-only, enrols TOTP, which upgrades that token. */
    public static String loginAndEnrol(String username, String password) {
        var response = anonymous().body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().jsonPath();
        String token = response.getString("token");
        int status = as(token).get("/api/organizations").statusCode();
        if (status == 403) {
            String secret = as(token).post("/api/me/totp").then().statusCode(200).extract().jsonPath().getString("secret");
            byte[] key = Base32.decode(secret);
            TOTP_SECRETS.put(username, key);
            as(token).body(Map.of("otp", currentCode(key))).post("/api/me/totp/confirm").then().statusCode(204);
        }
        return token;
    }

    public static String currentCode(byte[] secret) {
        return Totp.standard().code(secret, Totp.stepOf(Instant.now()));
    }

    public static byte[] totpSecret(String username) {
        return TOTP_SECRETS.get(username);
    }

    public static long createOrganization(String name, String... emailDomains) {
        return as(admin()).body(Map.of("name", name, "sector", "Health", "nis2Category", "ESSENTIAL",
                        "emailDomains", List.of(emailDomains)))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createSupplier(String name, String... domains) {
        return as(admin()).body(Map.of("name", name, "domains", List.of(domains)))
                .post("/api/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createEngagement(String token, long organizationId, long supplierId, String access,
            List<String> dataCategories, String... hosts) {
        return as(token).body(Map.of("supplierId", supplierId, "service", "Patient registration",
                        "serviceHosts", List.of(hosts), "dataCategories", dataCategories, "access", access,
                        "criticality", "CRITICAL"))
                .post("/api/organizations/" + organizationId + "/engagements")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
