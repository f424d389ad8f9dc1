package eu.nis2registry.audit.service;

import eu.nis2registry.audit.Audit;
import eu.nis2registry.audit.AuditAnswer;
import eu.nis2registry.audit.AuditConfig;
import eu.nis2registry.audit.questionnaire.AnswerProblem;
import eu.nis2registry.audit.questionnaire.AnswerValidator;
import eu.nis2registry.audit.questionnaire.ChoiceOption;
import eu.nis2registry.audit.questionnaire.EngagementProfile;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.QuestionType;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.Section;
import eu.nis2registry.audit.rest.AuditDtos.AnswerInput;
import eu.nis2registry.audit.rest.AuditDtos.AuditView;
import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.ErrorDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit as a spreadsheet, because suppliers answer in Excel: one row per question that applies, an answer
 * column with the allowed values as a drop-down, and an import that refuses the whole file when any cell is bad.
 */
@ApplicationScoped
public class AuditXlsxService {

    static final String ANSWERS_SHEET = "Answers";
    static final String ABOUT_SHEET = "About";
    private static final String[] HEADER = {"Section", "Question ID", "Question", "Guidance", "Allowed answers",
            "Required", "Evidence required", "Answer", "Comment", "References"};
    private static final int COL_ID = 1;
    private static final int COL_ANSWER = 7;
    private static final int COL_COMMENT = 8;

    static {
        // A spreadsheet is a zip: refuse archives that inflate far beyond their size (zip bombs).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private final AuditService audits;
    private final QuestionnaireService questionnaires;
    private final AuditConfig config;

    public AuditXlsxService(AuditService audits, QuestionnaireService questionnaires, AuditConfig config) {
        this.audits = audits;
        this.questionnaires = questionnaires;
        this.config = config;
    }

    @Transactional
    public byte[] export(Long auditId) {
        Audit audit = audits.require(auditId);
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        EngagementProfile profile = AuditService.profileOf(audit.engagement);
        Map<String, AuditAnswer> answers = AuditService.answersOf(audit.id);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(ANSWERS_SHEET);
            CellStyle header = headerStyle(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADER[i]);
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            int rowIndex = 1;
            for (Section section : questionnaire.sections()) {
                for (Question question : section.questions()) {
                    if (!question.appliesTo(profile)) {
                        continue;
                    }
                    Row row = sheet.createRow(rowIndex);
                    AuditAnswer answer = answers.get(question.id());
                    String[] values = {section.title(), question.id(), question.text(), nullToEmpty(question.guidance()),
                            allowed(question), question.required() ? "yes" : "no", question.evidenceRequired() ? "yes" : "no",
                            answer == null ? "" : answer.value, answer == null || answer.comment == null ? "" : answer.comment,
                            String.join("; ", question.references())};
                    for (int i = 0; i < values.length; i++) {
                        Cell cell = row.createCell(i);
                        cell.setCellStyle(wrap);
                        if (i == COL_ANSWER && question.type() == QuestionType.SCALE && answer != null
                                && answer.value.chars().allMatch(Character::isDigit)) {
                            cell.setCellValue(Integer.parseInt(answer.value));
                        } else {
                            cell.setCellValue(values[i]);
                        }
                    }
                    dropDown(sheet, validations, question, rowIndex);
                    rowIndex++;
                }
            }
            int[] widths = {22, 26, 60, 40, 30, 9, 9, 18, 40, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            about(workbook.createSheet(ABOUT_SHEET), audit, questionnaire);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public AuditView importAnswers(Long auditId, InputStream body) {
        Audit audit = audits.requireEditable(auditId);
        Questionnaire questionnaire = questionnaires.pinned(audit.questionnaireSha256);
        byte[] bytes = readLimited(body);
        Map<String, AnswerInput> input = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        List<ErrorDetail> problems = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(ANSWERS_SHEET);
            if (sheet == null) {
                throw ApiException.invalid(List.of(ErrorDetail.row(ANSWERS_SHEET, 0, null,
                        "the workbook has no sheet named \"" + ANSWERS_SHEET + "\"; start from GET /api/audits/{id}/xlsx")));
            }
            Map<String, Integer> columns = columns(sheet.getRow(0));
            for (String required : List.of("question id", "answer")) {
                if (!columns.containsKey(required)) {
                    problems.add(ErrorDetail.row(ANSWERS_SHEET, 1, required, "missing column \"" + required + "\""));
                }
            }
            if (!problems.isEmpty()) {
                throw ApiException.invalid("The spreadsheet cannot be read; nothing was stored", problems);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String questionId = text(formatter, row.getCell(columns.get("question id")));
                Object value = value(formatter, row.getCell(columns.get("answer")));
                String comment = columns.containsKey("comment") ? text(formatter, row.getCell(columns.get("comment"))) : "";
                if (questionId.isEmpty()) {
                    if (value != null) {
                        problems.add(ErrorDetail.row(ANSWERS_SHEET, r + 1, "Question ID", "an answer without a question id"));
                    }
                    continue;
                }
                if (rowOf.containsKey(questionId)) {
                    problems.add(ErrorDetail.row(ANSWERS_SHEET, r + 1, "Question ID", "question '" + questionId
                            + "' appears twice (first in row " + rowOf.get(questionId) + ")"));
                    continue;
                }
                rowOf.put(questionId, r + 1);
                if (value != null) {
                    input.put(questionId, new AnswerInput(normalize(questionnaire, questionId, value),
                            comment.isEmpty() ? null : comment));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("The upload is not a readable .xlsx workbook", List.of(ErrorDetail.field("file",
                    "not an Office Open XML spreadsheet, or damaged")));
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        input.forEach((q, a) -> raw.put(q, a.value()));
        for (AnswerProblem problem : AnswerValidator.validate(questionnaire, raw, AuditService.profileOf(audit.engagement)).problems()) {
            problems.add(ErrorDetail.row(ANSWERS_SHEET, rowOf.getOrDefault(problem.questionId(), 0), "Answer", problem.message()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.size() + " bad cell(s); nothing was stored", problems);
        }
        if (input.isEmpty()) {
            return audits.get(auditId);
        }
        return audits.saveAnswers(auditId, input);
    }

    private byte[] readLimited(InputStream body) {
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.xlsxMaxBytes() + 1));
            if (bytes.length > config.xlsxMaxBytes()) {
                throw new ApiException(413, "payload_too_large", "Spreadsheets may be at most "
                        + (config.xlsxMaxBytes() / (1024 * 1024)) + " MB");
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("The upload is empty", List.of(ErrorDetail.field("file", "empty")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        if (header == null) {
            return columns;
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Cell cell : header) {
            columns.putIfAbsent(text(formatter, cell).toLowerCase(Locale.ROOT), cell.getColumnIndex());
        }
        return columns;
    }

    private static String text(DataFormatter formatter, Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    /** A number for numeric cells (scale answers), text otherwise; null for an empty cell. */
    private static Object value(DataFormatter formatter, Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e9 ? (Object) (int) number : Double.toString(number);
        }
        String text = text(formatter, cell);
        return text.isEmpty() ? null : text;
    }

    /** People type "yes" or "Partial": the allowed words are matched without regard to case. */
    private static Object normalize(Questionnaire questionnaire, String questionId, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        Question question = questionnaire.question(questionId).orElse(null);
        if (question == null || question.type() == QuestionType.TEXT) {
            return text;
        }
        if (question.type() == QuestionType.SCALE && text.matches("-?\\d{1,9}")) {
            return Integer.valueOf(text);
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_');
        if (question.type() == QuestionType.CHOICE) {
            return question.options().stream().map(ChoiceOption::value).filter(v -> v.equalsIgnoreCase(text))
                    .findFirst().orElse(upper.equals("NOT_APPLICABLE") ? upper : text);
        }
        return upper;
    }

    private static String allowed(Question question) {
        return switch (question.type()) {
            case YES_NO -> "YES, NO, PARTIAL, NOT_APPLICABLE";
            case SCALE -> question.scale().min() + " to " + question.scale().max() + labels(question)
                    + ", or NOT_APPLICABLE";
            case CHOICE -> String.join(", ", question.options().stream().map(o -> o.value() + " (" + o.label() + ")").toList())
                    + ", NOT_APPLICABLE";
            case TEXT -> "free text";
        };
    }

    private static String labels(Question question) {
        if (question.scale().labels().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        question.scale().sortedLabels().forEach((point, label) -> parts.add(point + " = " + label));
        return " (" + String.join("; ", parts) + ")";
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, Question question, int row) {
        DataValidationConstraint constraint = switch (question.type()) {
            case YES_NO -> helper.createExplicitListConstraint(new String[] {"YES", "NO", "PARTIAL", "NOT_APPLICABLE"});
            case CHOICE -> {
                List<String> values = new ArrayList<>(question.options().stream().map(ChoiceOption::value).toList());
                values.add("NOT_APPLICABLE");
                // Excel limits an explicit list to 255 characters; longer lists are left to the import's check.
                yield String.join(",", values).length() < 250 ? helper.createExplicitListConstraint(values.toArray(String[]::new)) : null;
            }
            case SCALE -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    Integer.toString(question.scale().min()), Integer.toString(question.scale().max()));
            case TEXT -> null;
        };
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, COL_ANSWER, COL_ANSWER));
        validation.setShowErrorBox(question.type() != QuestionType.SCALE);
        sheet.addValidationData(validation);
    }

    private static void about(Sheet sheet, Audit audit, Questionnaire questionnaire) {
        String[][] rows = {
                {"Audit", String.valueOf(audit.id)},
                {"Organisation", audit.engagement.organization.name},
                {"Supplier", audit.engagement.supplier.name},
                {"Service", audit.engagement.service},
                {"Questionnaire", questionnaire.title() + " (" + questionnaire.key() + " version " + questionnaire.version() + ")"},
                {"Questionnaire file SHA-256", questionnaire.sha256()},
                {"How to answer", "Fill the Answer column of the sheet \"" + ANSWERS_SHEET + "\" with one of the allowed answers,"
                        + " add a comment where useful, and send the file back. Do not change the Question ID column."},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
