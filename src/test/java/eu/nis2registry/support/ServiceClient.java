package eu.nis2registry.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** The public API of a packaged service, for integration tests: the same calls a client or a script makes. */
public final class ServiceClient {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private final String url;

    public ServiceClient(String url) {
        this.url = url;
    }

    public ServiceClient(PackagedService service) {
        this(service.url());
    }

    public RequestSpecification as(String token) {
        return given().baseUri(url).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public RequestSpecification anonymous() {
        return given().baseUri(url).contentType(ContentType.JSON);
    }

    /**
     * A multipart/form-data request with one text field and one file, sent with a Content-Length as browsers and
     * curl send it (the service refuses chunked bodies outside leak uploads; REST Assured would chunk).
     */
    public RequestSpecification multipart(String token, String field, String value, String filename, byte[] content,
            String contentType) {
        String boundary = "----it-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return given().baseUri(url).header("Authorization", "Bearer " + token)
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    public String login(String username, String password) {
        return anonymous().body(Map.of("username", username, "password", password)).post("/api/auth/token")
                .then().statusCode(200).extract().jsonPath().getString("token");
    }

    public String admin() {
        return login("admin", PackagedService.ADMIN_PASSWORD);
    }

    /** A user who sees every organisation, with these roles (none of them needs a second factor in these tests). */
    public String sectorUser(String adminToken, String username, String... roles) {
        as(adminToken).body(Map.of("username", username, "password", "it-user-password-1", "roles", List.of(roles),
                "organizationIds", List.of(), "allOrganizations", true)).post("/api/users").then().statusCode(201);
        return login(username, "it-user-password-1");
    }

    /** Suppliers from "name,domains" CSV lines. */
    public void importSuppliers(String token, String csv) {
        as(token).contentType("text/csv").body(csv).post("/api/inventory/import?kind=suppliers").then().statusCode(200);
    }

    public long upload(String token, Path file, String format, String kind) {
        return as(token).contentType("application/octet-stream").body(file.toFile())
                .post("/api/leak-imports?format=" + format + "&source=it-feed&kind=" + kind)
                .then().statusCode(202).extract().jsonPath().getLong("id");
    }

    public JsonPath importJob(String token, long id) {
        return as(token).get("/api/leak-imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the import until the condition holds; fails when it does not within the time given. */
    public JsonPath awaitImport(String token, long id, Duration timeout, Predicate<JsonPath> condition, String what) {
        Instant deadline = Instant.now().plus(timeout);
        JsonPath job = importJob(token, id);
        while (!condition.test(job)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import " + id + " did not become " + what + " within " + timeout + ": " + job.prettify());
            }
            PackagedService.sleep(50);
            job = importJob(token, id);
        }
        return job;
    }

    public JsonPath awaitFinished(String token, long id, Duration timeout) {
        return awaitImport(token, id, timeout, job -> List.of("COMPLETED", "FAILED").contains(job.getString("status")), "finished");
    }
}
