package eu.nis2registry.audit.rest;

import eu.nis2registry.support.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static eu.nis2registry.support.Api.as;

/**
 * An organisation with its own supplier, a compliance officer and a CISO, and the steps of an audit, all through
 * the public API. Every name is unique: the tests share one service and one database.
 */
final class AuditFixtures {

    private AuditFixtures() {
    }

    record Tenant(long organizationId, long supplierId, String supplierDomain, Api.User officer, Api.User ciso) {
    }

    static Tenant tenant(String name) {
        String domain = Api.unique(name.toLowerCase().replace(' ', '-')) + ".example";
        long org = Api.createOrganization(Api.unique(name), Api.unique("org") + ".example");
        long supplier = Api.createSupplier(Api.unique(name + " Supplier"), domain);
        return new Tenant(org, supplier, domain, Api.user("COMPLIANCE_OFFICER", List.of(org)), Api.user("CISO", List.of(org)));
    }

    /** An engagement of the tenant's supplier; {@code criticality} decides the reassessment interval. */
    static long engagement(Tenant tenant, String access, List<String> data, String criticality) {
        return as(tenant.officer().token()).body(Map.of("supplierId", tenant.supplierId(), "service", "Patient portal",
                        "serviceHosts", List.of("portal." + tenant.supplierDomain()), "dataCategories", data, "access", access,
                        "criticality", criticality))
                .post("/api/organizations/" + tenant.organizationId() + "/engagements")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long start(String token, long engagement, String questionnaireKey) {
        return as(token).body(Map.of("questionnaireKey", questionnaireKey))
                .post("/api/engagements/" + engagement + "/audits")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath audit(String token, long audit) {
        return as(token).get("/api/audits/" + audit).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath save(String token, long audit, Map<String, ?> answers) {
        return as(token).body(Map.of("answers", answers)).put("/api/audits/" + audit + "/answers")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath submit(String token, long audit) {
        return as(token).post("/api/audits/" + audit + "/submit").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath review(String token, long audit, String decision, String comment) {
        return as(token).body(Map.of("decision", decision, "comment", comment)).post("/api/audits/" + audit + "/review")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> answer(Object value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("value", value);
        return answer;
    }

    static Map<String, Object> answer(Object value, String comment) {
        Map<String, Object> answer = answer(value);
        answer.put("comment", comment);
        return answer;
    }

    /** Answers every given question id with the same value. */
    static Map<String, Object> all(Collection<String> questionIds, Object value) {
        Map<String, Object> answers = new LinkedHashMap<>();
        questionIds.forEach(id -> answers.put(id, answer(value)));
        return answers;
    }

    /** The questions of a questionnaire as the API defines them. */
    static List<Map<String, Object>> questions(String token, String key) {
        return as(token).get("/api/questionnaires/" + key).then().statusCode(200).extract().jsonPath()
                .getList("sections.questions.flatten()");
    }

    /**
     * Whether a question's {@code appliesWhen} holds for an engagement, as QUESTIONNAIRES.md words it: the clauses
     * are alternatives; in a clause every field given must hold, by any of its values.
     */
    @SuppressWarnings("unchecked")
    static boolean applies(Map<String, Object> question, String access, List<String> data, String criticality) {
        List<Map<String, List<String>>> clauses = (List<Map<String, List<String>>>) question.get("appliesWhen");
        if (clauses == null) {
            return true;
        }
        return clauses.stream().anyMatch(clause ->
                (clause.get("access") == null || clause.get("access").contains(access))
                        && (clause.get("dataCategories") == null || clause.get("dataCategories").stream().anyMatch(data::contains))
                        && (clause.get("criticality") == null || clause.get("criticality").contains(criticality)));
    }

    /** The fully compliant answer to a question: YES, the best option, the top of the scale, some text. */
    @SuppressWarnings("unchecked")
    static Object bestAnswer(Map<String, Object> question) {
        return switch ((String) question.get("type")) {
            case "YES_NO" -> "YES";
            case "SCALE" -> ((Map<String, Object>) question.get("scale")).get("max");
            case "CHOICE" -> ((List<Map<String, Object>>) question.get("options")).stream()
                    .max(java.util.Comparator.comparingDouble(o -> ((Number) o.get("score")).doubleValue()))
                    .orElseThrow().get("value");
            default -> "Described in our security plan, chapter 4.";
        };
    }

    /**
     * Answers every question that applies with its best answer and attaches a text file to every question that
     * needs evidence: an audit that can be submitted as it is.
     */
    static void answerCompliant(Api.User user, long audit, String key, String access, List<String> data, String criticality) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Map<String, Object> question : questions(user.token(), key)) {
            if (applies(question, access, data, criticality)) {
                answers.put((String) question.get("id"), answer(bestAnswer(question)));
                if (Boolean.TRUE.equals(question.get("evidenceRequired"))) {
                    uploadText(user.token(), audit, (String) question.get("id"), "evidence for " + question.get("id"));
                }
            }
        }
        save(user.token(), audit, answers);
    }

    static long uploadText(String token, long audit, String questionId, String text) {
        return multipart(as(token), questionId, questionId + ".txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/audits/" + audit + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * An evidence upload as a browser sends it: a multipart form with a Content-Length (the service refuses
     * chunked bodies outside leak imports, and REST Assured's own multipart support sends them chunked).
     * {@code questionId} null leaves that field out.
     */
    static RequestSpecification multipart(RequestSpecification request, String questionId, String filename, byte[] bytes,
            String contentType) {
        String boundary = "----evidence-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        if (questionId != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"questionId\"\r\n\r\n")
                    .append(questionId).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename).append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    /** Started, answered, submitted by the officer and approved by the CISO. */
    static long approvedAudit(Tenant tenant, long engagement, String key, Map<String, ?> answers) {
        long audit = start(tenant.officer().token(), engagement, key);
        save(tenant.officer().token(), audit, answers);
        submit(tenant.officer().token(), audit);
        review(tenant.ciso().token(), audit, "APPROVE", "Checked against the supplier's certificates");
        return audit;
    }

    /** Every question of post-leak, all answered well, with {@code changes} applied over them. */
    static Map<String, Object> postLeak(Map<String, Object> changes) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String id : List.of("leak-passwords-reset", "leak-sessions-revoked", "leak-infected-machines",
                "leak-intrusion-scan", "leak-csirt-notified", "leak-organisations-informed", "leak-backups-restore-tested",
                "leak-mfa")) {
            answers.put(id, answer("YES"));
        }
        answers.put("leak-timeline", answer("Stolen on 2 March, known on 5 March, all steps done by 9 March."));
        answers.put("leak-root-cause", answer("A stealer that came with cracked software; software installs now blocked."));
        changes.forEach((id, value) -> answers.put(id, answer(value)));
        return answers;
    }
}
