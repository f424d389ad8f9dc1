package eu.nis2registry.report.rest;

import eu.nis2registry.support.Api;
import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Audits, reports and PDFs through the public API, as a client would make them. */
final class ReportFixtures {

    static final String FAILED_KNOCK_OUT = "leak-organisations-informed";
    static final String EVIDENCE_QUESTION = "leak-passwords-reset";

    private ReportFixtures() {
    }

    /** An organisation with its officer, CISO and auditor, a supplier and one engagement of it. */
    record Story(long organization, long supplier, long engagement, Api.User officer, Api.User ciso, Api.User auditor,
            String organizationName, String supplierName) {
    }

    static Story story(String organizationName, String supplierName) {
        long organization = Api.createOrganization(organizationName, Api.unique("org") + ".example");
        long supplier = Api.createSupplier(supplierName, Api.unique("sup") + ".example");
        Api.User officer = Api.user("COMPLIANCE_OFFICER", List.of(organization));
        Api.User ciso = Api.user("CISO", List.of(organization));
        Api.User auditor = Api.user("AUDITOR", List.of(organization));
        long engagement = Api.createEngagement(officer.token(), organization, supplier, "PRIVILEGED", List.of("HEALTH"));
        return new Story(organization, supplier, engagement, officer, ciso, auditor, organizationName, supplierName);
    }

    /** A draft of the questionnaire (post-leak or one of its editions) on the story's engagement. */
    static long draft(Story story, String questionnaireKey) {
        return as(story.officer().token()).body(Map.of("questionnaireKey", questionnaireKey))
                .post("/api/engagements/" + story.engagement() + "/audits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Answers every question (YES, one knock-out NO, text for TEXT questions, a comment on the first), attaches
     * evidence, submits and, when asked, approves by the CISO.
     */
    static long audit(Story story, String questionnaireKey, boolean approve) {
        long audit = draft(story, questionnaireKey);
        JsonPath definition = as(story.officer().token()).get("/api/questionnaires/" + questionnaireKey)
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = definition.getList("sections.questions.flatten().id");
        List<String> types = definition.getList("sections.questions.flatten().type");
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Object value = switch (types.get(i)) {
                case "TEXT" -> "Infected laptop of a support technician, rebuilt from a clean image on 2026-10-02.";
                case "SCALE" -> 3;
                case "YES_NO" -> ids.get(i).equals(FAILED_KNOCK_OUT) ? "NO" : "YES";
                default -> "NOT_APPLICABLE";
            };
            Map<String, Object> answer = new HashMap<>(Map.of("value", value));
            if (ids.get(i).equals(EVIDENCE_QUESTION)) {
                answer.put("comment", "All 214 accounts reset on 2026-10-03; reset log attached.");
            }
            answers.put(ids.get(i), answer);
        }
        as(story.officer().token()).body(Map.of("answers", answers)).put("/api/audits/" + audit + "/answers")
                .then().statusCode(200);
        // a multipart body of known length: every body outside leak imports must say its Content-Length
        String boundary = "report-test-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"questionId\"\r\n\r\n"
                + EVIDENCE_QUESTION + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"password-reset-log.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "2026-10-03 reset 214 accounts\n\r\n--" + boundary + "--\r\n";
        as(story.officer().token()).contentType("multipart/form-data; boundary=" + boundary)
                .body(multipart.getBytes(StandardCharsets.UTF_8))
                .post("/api/audits/" + audit + "/evidence").then().statusCode(201);
        as(story.officer().token()).post("/api/audits/" + audit + "/submit").then().statusCode(200);
        if (approve) {
            as(story.ciso().token()).body(Map.of("decision", "APPROVE", "comment", "Checked with the supplier"))
                    .post("/api/audits/" + audit + "/review").then().statusCode(200);
        }
        return audit;
    }

    static JsonPath create(String token, Map<String, Object> request) {
        return as(token).body(request).post("/api/reports").then().statusCode(201).extract().jsonPath();
    }

    static byte[] pdf(String token, long reportId) {
        return as(token).accept("application/pdf").get("/api/reports/" + reportId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    /** Every page carries "Page i of n" in the report's words, numbered 1..n. */
    static void assertPageNumbers(List<String> pages, String format) {
        Pattern pattern = Pattern.compile(format.replace("%d", "(\\d+)"));
        for (int i = 0; i < pages.size(); i++) {
            Matcher matcher = pattern.matcher(pages.get(i));
            assertThat(matcher.find()).as("page %d has a page number", i + 1).isTrue();
            assertThat(matcher.group()).isEqualTo(String.format(format, i + 1, pages.size()));
        }
    }
}
