package eu.nis2registry.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class SmokeTest {

    @Test
    void loginPageRenders() {
        given().get("/ui/login").then().log().ifValidationFails().statusCode(200).body(containsString("csrf-token"));
    }
}
