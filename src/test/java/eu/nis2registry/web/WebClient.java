package eu.nis2registry.web;

import eu.nis2registry.security.totp.Base32;
import eu.nis2registry.security.totp.Totp;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as the server can tell: keeps cookies, takes the CSRF token from the form it last loaded,
 * follows no redirect on its own (tests look at them). Tests that fail logins on purpose use their own loopback
 * source address, since the lockout also counts per client address.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String localAddress;
    private String lastHtml = "";
    private String acceptLanguage = "en";

    public WebClient() {
        this("127.0.0.1");
    }

    public WebClient(String localAddress) {
        this.localAddress = localAddress;
    }

    public WebClient language(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    public RequestSpecification request() {
        RequestSpecification spec = RestAssured.given().redirects().follow(false).cookies(cookies)
                .header("Accept-Language", acceptLanguage);
        if (!"127.0.0.1".equals(localAddress)) {
            try {
                spec = spec.config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(localAddress))));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return spec;
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        if (response.contentType() != null && response.contentType().startsWith("text/html")) {
            lastHtml = response.asString();
        }
        return response;
    }

    /** GET, following redirects as a browser would; the final page. */
    public Response open(String path) {
        Response response = get(path);
        for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
            response = get(location(response));
        }
        return response;
    }

    /** Posts a form with the CSRF token of the page last loaded. */
    public Response post(String path, Map<String, ?> form) {
        return postWithToken(path, form, csrfToken());
    }

    public Response postWithToken(String path, Map<String, ?> form, String token) {
        RequestSpecification spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        form.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                spec.formParam(name, list.toArray());
            } else {
                spec.formParam(name, value);
            }
        });
        if (token != null) {
            spec.formParam("csrf-token", token);
        }
        Response response = spec.post(path);
        remember(response);
        if (response.contentType() != null && response.contentType().startsWith("text/html")) {
            lastHtml = response.asString();
        }
        return response;
    }

    /** Posts a multipart form with one file, as a browser sends a file input, with the token (if any) as a field. */
    public Response postFile(String path, String field, String fileName, byte[] content, String token) {
        RequestSpecification spec = request().multiPart(field, fileName, content, "application/pdf");
        if (token != null) {
            spec.multiPart("csrf-token", token);
        }
        Response response = spec.post(path);
        remember(response);
        if (response.contentType() != null && response.contentType().startsWith("text/html")) {
            lastHtml = response.asString();
        }
        return response;
    }

    public String csrfToken() {
        Matcher matcher = CSRF.matcher(lastHtml);
        assertThat(matcher.find()).as("the last page has a form with a CSRF token").isTrue();
        return matcher.group(1);
    }

    public String html() {
        return lastHtml;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public static String location(Response response) {
        String location = response.header("Location");
        assertThat(location).as("redirect of " + response.statusCode()).isNotNull();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    /** Signs in with the password; returns the response of the password step. */
    public Response signIn(String username, String password) {
        get("/ui/login");
        return post("/ui/login", Map.of("username", username, "password", password));
    }

    /** Both steps with a TOTP code of the step after the current one (valid, and newer than any code used so far). */
    public Response signInWithTotp(String username, String password, byte[] secret, int stepOffset) {
        Response first = signIn(username, password);
        assertThat(location(first)).isEqualTo("/ui/login/code");
        get("/ui/login/code");
        return post("/ui/login/code", Map.of("code", code(secret, stepOffset)));
    }

    public void signOut() {
        get("/ui/account");
        post("/ui/logout", Map.of());
    }

    public static String code(byte[] secret, int stepOffset) {
        return Totp.standard().code(secret, Totp.stepOf(Instant.now()) + stepOffset);
    }

    public static byte[] secret(String base32) {
        return Base32.decode(base32);
    }

    public static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("page contains " + regex).isTrue();
        return matcher.group(1);
    }

    private void remember(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
