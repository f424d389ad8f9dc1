package eu.nis2registry.support;

import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.totp.Totp;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Test helpers that talk to the running service through its public API only, as a client would. Tokens are
 * cached per user: a TOTP code works once, so logging the same user in again and again would need new codes.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password-1";
    public static final String PASSWORD = "correct-horse-battery-1";

    /*
     * Quarkus loads the test classes again for each application it starts (every @TestProfile is one), while the
     * database and its users live on: tokens and TOTP secrets are kept in system properties, which every class
     * loader of the JVM shares, so that a user logged in under one profile is still logged in under the next.
     */
    private static final String TOKEN_PROPERTY = "eu.nis2registry.test.token.";
    private static final String TOTP_PROPERTY = "eu.nis2registry.test.totp.";

    private Api() {
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");

    /**
     * Checked on every answer: API.md allows no 500 and no stack trace, whatever the request. Binary answers
     * (zip) are not searched.
     */
    private static final Filter NO_LEAKS = (request, response, context) -> {
        Response answer = context.next(request, response);
        String type = answer.getContentType() == null ? "" : answer.getContentType();
        if (answer.statusCode() >= 500) {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered " + answer.statusCode()
                    + ": " + answer.asString());
        }
        if (type.contains("json") || type.startsWith("text/")) {
            String body = answer.asString();
            if (body.contains("Exception") || STACK_FRAME.matcher(body).find()) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + " leaked internals: " + body);
            }
        }
        return answer;
    };

    public static RequestSpecification as(String token) {
        return given().filter(NO_LEAKS).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return given().filter(NO_LEAKS).contentType(ContentType.JSON);
    }

    /**
     * An anonymous request from a client address of its own (the test profile trusts X-Forwarded-For). Every
     * failed login must go through here: the throttle also locks an address, and all tests share localhost.
     */
    public static RequestSpecification fromNewAddress() {
        return anonymous().header("X-Forwarded-For", newAddress());
    }

    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    /** The API.md error body with this status and code. */
    public static ResponseSpecification error(int status, String code) {
        return new ResponseSpecBuilder().expectStatusCode(status).expectContentType(ContentType.JSON)
                .expectBody("error", equalTo(code))
                .expectBody("message", not(emptyOrNullString()))
                .expectBody("details", notNullValue())
                .build();
    }

    /** A valid Belgian enterprise number nobody else uses, in the compact form of ten digits starting 0 or 1. */
    public static String uniqueEnterpriseNumber() {
        long base = ThreadLocalRandom.current().nextLong(1_000_000L, 20_000_000L);
        long check = 97 - base % 97;
        return String.format("%08d%02d", base, check);
    }

    /** The dotted form the registry stores: 0123.456.749. */
    public static String dotted(String compactNumber) {
        return compactNumber.substring(0, 4) + "." + compactNumber.substring(4, 7) + "." + compactNumber.substring(7);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The admin's token; the admin enrols two-factor on first use, as policy requires. */
    public static synchronized String admin() {
        String token = System.getProperty(TOKEN_PROPERTY + "admin");
        if (token == null) {
            token = loginAndEnrol("admin", ADMIN_PASSWORD);
            System.setProperty(TOKEN_PROPERTY + "admin", token);
        }
        return token;
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
        System.setProperty(TOKEN_PROPERTY + username, token);
        return new User(id, username, token);
    }

    public record User(long id, String username, String token) {
    }

    /**
     * Logs in; when the token is enrolment-only, enrols TOTP, which upgrades that token. A user who enrolled
     * before (in an earlier start of the service: a test profile restarts it) logs in with a code instead.
     */
    public static String loginAndEnrol(String username, String password) {
        byte[] enrolled = totpSecret(username);
        if (enrolled != null) {
            return loginWithCode(username, password, enrolled);
        }
        var response = anonymous().body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().jsonPath();
        String token = response.getString("token");
        int status = as(token).get("/api/organizations").statusCode();
        if (status == 403) {
            String secret = as(token).post("/api/me/totp").then().statusCode(200).extract().jsonPath().getString("secret");
            byte[] key = Base32.decode(secret);
            System.setProperty(TOTP_PROPERTY + username, secret);
            as(token).body(Map.of("otp", currentCode(key))).post("/api/me/totp/confirm").then().statusCode(204);
        }
        return token;
    }

    public static String currentCode(byte[] secret) {
        return Totp.standard().code(secret, Totp.stepOf(Instant.now()));
    }

    public static byte[] totpSecret(String username) {
        String secret = System.getProperty(TOTP_PROPERTY + username);
        return secret == null ? null : Base32.decode(secret);
    }

    /** A code works once: when this step's code was used already, the next step's is waited for. */
    private static String loginWithCode(String username, String password, byte[] secret) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Response answer = anonymous().body(Map.of("username", username, "password", password, "otp", currentCode(secret)))
                    .post("/api/auth/token");
            if (answer.statusCode() == 200) {
                return answer.jsonPath().getString("token");
            }
            long step = Totp.stepOf(Instant.now());
            while (Totp.stepOf(Instant.now()) == step) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError(username + " cannot log in with a code of the secret it enrolled");
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
