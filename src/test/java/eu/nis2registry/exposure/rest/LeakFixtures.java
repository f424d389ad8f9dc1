package eu.nis2registry.exposure.rest;

import eu.nis2registry.support.Api;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;

/** Shared by every test that imports leak files: security tests import the sample too. */
public final class LeakFixtures {

    private LeakFixtures() {
    }

    /** The supplier that owns this domain, created on first use (domains are unique across suppliers). */
    public static synchronized long supplierWithDomain(String name, String domain) {
        var response = as(Api.admin()).body(Map.of("name", name, "domains", List.of(domain))).post("/api/suppliers");
        if (response.statusCode() == 201) {
            return response.jsonPath().getLong("id");
        }
        return response.then().statusCode(409).extract().jsonPath().getLong("details[0].id");
    }

    public static JsonPath importAndWait(String token, byte[] body, String format, String kind) {
        long id = as(token).contentType("application/octet-stream").body(body)
                .post("/api/leak-imports?format=" + format + "&source=test-feed&kind=" + kind)
                .then().statusCode(202).extract().jsonPath().getLong("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = as(token).get("/api/leak-imports/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within 60 s");
    }
}
