package eu.nis2registry.audit.rest;

import eu.nis2registry.audit.rest.AuditFixtures.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static eu.nis2registry.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** The spreadsheet round trip suppliers use: export, fill in as a person would, import; bad files refused whole. */
@QuarkusTest
class AuditXlsxTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> DATA = List.of("HEALTH");

    @Test
    void answersTypedInTheSheetAsASupplierWouldAreStored() throws IOException {
        Tenant t = AuditFixtures.tenant("AZ Sheet");
        long engagement = AuditFixtures.engagement(t, "PRIVILEGED", DATA, "CRITICAL");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "nis2-supplier-security");
        AuditFixtures.save(t.officer().token(), audit, Map.of("iam-leavers", AuditFixtures.answer("NO")));
        List<Map<String, Object>> questions = AuditFixtures.questions(t.officer().token(), "nis2-supplier-security");

        try (XSSFWorkbook workbook = export(t.officer().token(), audit)) {
            Sheet sheet = workbook.getSheet("Answers");
            Map<String, Integer> columns = columns(sheet);
            assertThat(sheet.getLastRowNum()).isEqualTo(questions.size());
            Row leavers = rowOf(sheet, columns, "iam-leavers");
            assertThat(text(leavers.getCell(columns.get("Answer")))).isEqualTo("NO");

            set(rowOf(sheet, columns, "iam-mfa-staff"), columns.get("Answer"), "yes");
            set(rowOf(sheet, columns, "iam-mfa-users"), columns.get("Answer"), "Partial");
            set(rowOf(sheet, columns, "iam-mfa-users"), columns.get("Comment"), "The patient portal still lacks it");
            set(rowOf(sheet, columns, "iam-leavers"), columns.get("Answer"), "yes");
            set(rowOf(sheet, columns, "net-physical-protection"), columns.get("Answer"), "not applicable");
            rowOf(sheet, columns, "dev-patch-speed").createCell(columns.get("Answer")).setCellValue(3);
            set(rowOf(sheet, columns, "bc-restore-test"), columns.get("Answer"), "  " + firstOption(questions, "bc-restore-test").toLowerCase() + " ");
            set(rowOf(sheet, columns, "inc-history"), columns.get("Answer"), "One phishing incident in 2025, contained in a day.");

            JsonPath stored = as(t.officer().token()).contentType(XLSX).body(bytes(workbook))
                    .put("/api/audits/" + audit + "/xlsx").then().statusCode(200).extract().jsonPath();
            assertThat(stored.getString("answers.iam-mfa-staff.value")).isEqualTo("YES");
            assertThat(stored.getString("answers.iam-mfa-users.value")).isEqualTo("PARTIAL");
            assertThat(stored.getString("answers.iam-mfa-users.comment")).isEqualTo("The patient portal still lacks it");
            assertThat(stored.getString("answers.iam-leavers.value")).isEqualTo("YES");
            assertThat(stored.getString("answers.net-physical-protection.value")).isEqualTo("NOT_APPLICABLE");
            assertThat(stored.getInt("answers.dev-patch-speed.value")).isEqualTo(3);
            assertThat(stored.getString("answers.bc-restore-test.value")).isEqualTo(firstOption(questions, "bc-restore-test"));
            assertThat(stored.getString("answers.inc-history.value")).startsWith("One phishing incident");
            assertThat(stored.getInt("progress.answered")).isEqualTo(7);
        }

        // Exported again, the sheet shows what is stored.
        try (XSSFWorkbook again = export(t.officer().token(), audit)) {
            Sheet sheet = again.getSheet("Answers");
            Map<String, Integer> columns = columns(sheet);
            assertThat(text(rowOf(sheet, columns, "iam-mfa-users").getCell(columns.get("Answer")))).isEqualTo("PARTIAL");
            assertThat(rowOf(sheet, columns, "dev-patch-speed").getCell(columns.get("Answer")).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void everyBadCellIsListedBySheetAndRowAndNothingIsStored() throws IOException {
        Tenant t = AuditFixtures.tenant("AZ Bad Sheet");
        // No supplier access: the remote-access question does not apply and is not in the sheet.
        long engagement = AuditFixtures.engagement(t, "NONE", List.of("PERSONAL"), "MEDIUM");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "nis2-supplier-security");
        Map<String, Integer> badRows = new LinkedHashMap<>();

        byte[] file;
        try (XSSFWorkbook workbook = export(t.officer().token(), audit)) {
            Sheet sheet = workbook.getSheet("Answers");
            Map<String, Integer> columns = columns(sheet);
            int answer = columns.get("Answer");
            set(rowOf(sheet, columns, "iam-mfa-staff"), answer, "yes"); // good, but must not be stored
            badRows.put("perhaps", mark(rowOf(sheet, columns, "iam-mfa-users"), answer, "perhaps"));
            Row scale = rowOf(sheet, columns, "dev-patch-speed");
            scale.createCell(answer).setCellValue(9);
            badRows.put("scale out of range", scale.getRowNum() + 1);
            badRows.put("choice", mark(rowOf(sheet, columns, "iam-mfa-kind"), answer, "a USB stick"));
            set(rowOf(sheet, columns, "bc-rto-rpo"), answer, "Yes"); // good too
            int last = sheet.getLastRowNum();
            Row unknown = sheet.createRow(last + 1);
            unknown.createCell(columns.get("Question ID")).setCellValue("no-such-question");
            unknown.createCell(answer).setCellValue("YES");
            badRows.put("unknown", last + 2);
            Row notApplicable = sheet.createRow(last + 2);
            notApplicable.createCell(columns.get("Question ID")).setCellValue("priv-remote-access");
            notApplicable.createCell(answer).setCellValue("YES");
            badRows.put("not applicable", last + 3);
            Row twice = sheet.createRow(last + 3);
            twice.createCell(columns.get("Question ID")).setCellValue("iam-mfa-staff");
            twice.createCell(answer).setCellValue("NO");
            badRows.put("twice", last + 4);
            Row orphan = sheet.createRow(last + 4);
            orphan.createCell(answer).setCellValue("YES");
            badRows.put("no id", last + 5);
            file = bytes(workbook);
        }

        JsonPath refused = as(t.officer().token()).contentType(XLSX).body(file).put("/api/audits/" + audit + "/xlsx")
                .then().statusCode(422).extract().jsonPath();
        List<Map<String, Object>> details = refused.getList("details");
        assertThat(details).allSatisfy(d -> {
            assertThat(d.get("file")).isEqualTo("Answers");
            assertThat(d.get("message")).asString().isNotBlank();
        });
        assertThat(refused.getList("details.line", Integer.class))
                .containsExactlyInAnyOrderElementsOf(badRows.values());
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getMap("answers")).isEmpty();
    }

    @Test
    void aFractionOnAScaleAndANumberForYesOrNoAreBadCells() throws IOException {
        Tenant t = AuditFixtures.tenant("AZ Numbers");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "MEDIUM");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "nis2-supplier-security");
        byte[] file;
        int scaleRow;
        int yesNoRow;
        try (XSSFWorkbook workbook = export(t.officer().token(), audit)) {
            Sheet sheet = workbook.getSheet("Answers");
            Map<String, Integer> columns = columns(sheet);
            Row scale = rowOf(sheet, columns, "dev-patch-speed");
            scale.createCell(columns.get("Answer")).setCellValue(2.5);
            scaleRow = scale.getRowNum() + 1;
            Row yesNo = rowOf(sheet, columns, "iam-leavers");
            yesNo.createCell(columns.get("Answer")).setCellValue(1);
            yesNoRow = yesNo.getRowNum() + 1;
            file = bytes(workbook);
        }
        List<Integer> lines = as(t.officer().token()).contentType(XLSX).body(file).put("/api/audits/" + audit + "/xlsx")
                .then().statusCode(422).extract().jsonPath().getList("details.line", Integer.class);
        assertThat(lines).containsExactlyInAnyOrder(scaleRow, yesNoRow);
    }

    @Test
    void aWorkbookWithoutTheAnswersSheetOrColumnIsRefused() throws IOException {
        Tenant t = AuditFixtures.tenant("AZ No Sheet");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "MEDIUM");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Antwoorden").createRow(0).createCell(0).setCellValue("Question ID");
            as(t.officer().token()).contentType(XLSX).body(bytes(workbook)).put("/api/audits/" + audit + "/xlsx")
                    .then().statusCode(422).body("details[0].file", equalTo("Answers"));
        }
        try (XSSFWorkbook workbook = export(t.officer().token(), audit)) {
            Sheet sheet = workbook.getSheet("Answers");
            sheet.getRow(0).getCell(columns(sheet).get("Answer")).setCellValue("Antwoord");
            as(t.officer().token()).contentType(XLSX).body(bytes(workbook)).put("/api/audits/" + audit + "/xlsx")
                    .then().statusCode(422).body("details[0].field", equalTo("answer"));
        }
    }

    @Test
    void brokenFilesAreRefusedWithAClientErrorNeverA500() throws IOException {
        Tenant t = AuditFixtures.tenant("AZ Broken");
        long engagement = AuditFixtures.engagement(t, "USER", List.of("PERSONAL"), "MEDIUM");
        long audit = AuditFixtures.start(t.officer().token(), engagement, "post-leak");
        AuditFixtures.save(t.officer().token(), audit, Map.of("leak-mfa", AuditFixtures.answer("YES")));
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        byte[] good = as(t.officer().token()).get("/api/audits/" + audit + "/xlsx").then().statusCode(200)
                .extract().asByteArray();

        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("random bytes", random);
        broken.put("empty", new byte[0]);
        broken.put("a zip that is no workbook", zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))));
        broken.put("a workbook cut short", java.util.Arrays.copyOf(good, good.length / 2));
        broken.put("a zip bomb", withEntry(good, "xl/media/padding.bin", new byte[48 * 1024 * 1024]));
        broken.put("an entry over the size limit", withEntry(good, "xl/media/huge.bin", new byte[70 * 1024 * 1024]));
        for (Map.Entry<String, byte[]> file : broken.entrySet()) {
            int status = as(t.officer().token()).contentType(XLSX).body(file.getValue())
                    .put("/api/audits/" + audit + "/xlsx").then()
                    .statusCode(anyOf(is(400), is(413), is(422)))
                    .extract().statusCode();
            assertThat(status).as(file.getKey()).isBetween(400, 499);
        }

        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        new Random(7).nextBytes(tooLarge);
        as(t.officer().token()).contentType(XLSX).body(tooLarge).put("/api/audits/" + audit + "/xlsx")
                .then().statusCode(413);
        assertThat(AuditFixtures.audit(t.officer().token(), audit).getMap("answers")).containsOnlyKeys("leak-mfa");
    }

    // ------------------------------------------------------------------ helpers

    static XSSFWorkbook export(String token, long audit) throws IOException {
        byte[] bytes = as(token).get("/api/audits/" + audit + "/xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        assertThat(columns).containsKeys("Question ID", "Answer", "Comment");
        return columns;
    }

    static Row rowOf(Sheet sheet, Map<String, Integer> columns, String questionId) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && questionId.equals(text(row.getCell(columns.get("Question ID"))))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + questionId);
    }

    private static void set(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    /** Writes a bad value and returns the row number as a spreadsheet shows it. */
    private static int mark(Row row, int column, String value) {
        set(row, column, value);
        return row.getRowNum() + 1;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    @SuppressWarnings("unchecked")
    private static String firstOption(List<Map<String, Object>> questions, String id) {
        return questions.stream().filter(q -> id.equals(q.get("id"))).findFirst()
                .map(q -> (String) ((List<Map<String, Object>>) q.get("options")).get(0).get("value")).orElseThrow();
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The workbook with one more entry: zeros compress a thousandfold, as a zip bomb does. */
    private static byte[] withEntry(byte[] workbook, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        entries.put(name, content);
        return zip(entries);
    }
}
