package eu.nis2registry.audit.questionnaire;

import eu.nis2registry.audit.questionnaire.Condition.Clause;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one questionnaire file and checks it against the schema of QUESTIONNAIRES.md, collecting
 * every problem with its line rather than stopping at the first.
 *
 * <p>The YAML is only composed into a node tree, never constructed into objects: no tag can
 * instantiate anything, and every node keeps its line. Scalars are read as written, so
 * {@code knockOut: NO} means the answer NO, not YAML 1.1's boolean false.
 */
public final class QuestionnaireParser {

    public static final int MAX_FILE_BYTES = 1024 * 1024;

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9]+(?:[-._][A-Za-z0-9]+)*");
    static final Pattern OPTION_VALUE = Pattern.compile("[A-Z0-9]+(?:_[A-Z0-9]+)*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}(?:\\.\\d{1,6})?");
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_TEXT_LENGTH = 2000;

    private static final List<String> TOP_FIELDS =
            List.of("key", "version", "title", "language", "description", "translationOf", "sections");
    private static final List<String> SECTION_FIELDS = List.of("id", "title", "questions");
    private static final List<String> QUESTION_FIELDS = List.of("id", "text", "guidance", "type", "weight",
            "required", "evidenceRequired", "references", "appliesWhen", "knockOut", "claim", "min", "max",
            "labels", "options");
    private static final List<String> OPTION_FIELDS = List.of("value", "label", "score");
    private static final List<String> KNOCK_OUT_FIELDS = List.of("answers", "atMost", "when");
    private static final List<String> CONDITION_FIELDS = List.of("dataCategories", "access", "criticality");
    private static final Set<String> YES_NO_KNOCK_OUT_ANSWERS = new LinkedHashSet<>(List.of("YES", "NO", "PARTIAL"));

    private QuestionnaireParser() {
    }

    public static ParseResult parse(String fileName, byte[] content) {
        return new FileReader(fileName).read(content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** State of reading one file: the problems found so far and the ids seen. */
    private static final class FileReader {
        private final String file;
        private final List<ValidationProblem> problems = new ArrayList<>();
        private final Map<String, Integer> sectionIds = new HashMap<>();
        private final Map<String, Integer> questionIds = new HashMap<>();

        FileReader(String file) {
            this.file = file;
        }

        ParseResult read(byte[] content) {
            if (content.length > MAX_FILE_BYTES) {
                problem(0, "the file is larger than " + MAX_FILE_BYTES + " bytes");
                return result(null);
            }
            Optional<String> text = decode(content);
            if (text.isEmpty()) {
                return result(null);
            }
            Node root;
            try {
                root = compose(text.get());
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String context = e.getContext() == null || e.getContextMark() == null ? ""
                        : e.getContext() + " (from line " + (e.getContextMark().getLine() + 1) + "): ";
                problem(mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + context + e.getProblem());
                return result(null);
            } catch (YAMLException e) {
                problem(0, "not valid YAML: " + e.getMessage());
                return result(null);
            }
            if (root == null) {
                problem(0, "the file is empty");
                return result(null);
            }
            Questionnaire questionnaire = questionnaire(root, sha256(content));
            return result(problems.isEmpty() ? questionnaire : null);
        }

        private ParseResult result(Questionnaire questionnaire) {
            List<ValidationProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(ValidationProblem::line));
            return new ParseResult(file, Optional.ofNullable(questionnaire), sorted);
        }

        private Optional<String> decode(byte[] content) {
            int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                    && (content[2] & 0xff) == 0xbf ? 3 : 0;
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
            CharBuffer out = CharBuffer.allocate(content.length);
            CoderResult coded = decoder.decode(in, out, true);
            if (coded.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    if (content[i] == '\n') {
                        line++;
                    }
                }
                problem(line, "the file is not valid UTF-8");
                return Optional.empty();
            }
            decoder.flush(out);
            return Optional.of(out.flip().toString());
        }

        private Node compose(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit(MAX_FILE_BYTES);
            List<Node> documents = new ArrayList<>();
            new Yaml(options).composeAll(new StringReader(text)).forEach(documents::add);
            if (documents.size() > 1) {
                problem(documents.get(1), "a file holds one questionnaire; found a second YAML document");
            }
            return documents.isEmpty() ? null : documents.get(0);
        }

        private Questionnaire questionnaire(Node root, String sha256) {
            Fields top = fields(root, "the questionnaire", TOP_FIELDS);
            if (top == null) {
                return null;
            }
            String key = identifier(top, "key", KEY, "lower-case words joined by '-'");
            Integer version = integer(top, "version", true);
            if (version != null && version < 1) {
                problem(top.value("version"), "'version' must be 1 or more");
            }
            String title = text(top, "title", true);
            Language language = null;
            String code = scalar(top, "language", true);
            if (code != null) {
                language = Language.fromCode(code).orElse(null);
                if (language == null) {
                    problem(top.value("language"), "unknown language '" + code + "' (expected en, nl or fr)");
                }
            }
            String description = text(top, "description", false);
            String translationOf = top.has("translationOf")
                    ? identifier(top, "translationOf", KEY, "the key of the original edition")
                    : null;
            if (translationOf != null && translationOf.equals(key)) {
                problem(top.value("translationOf"), "a questionnaire cannot be a translation of itself");
            }
            List<Section> sections = new ArrayList<>();
            for (Node node : list(top, "sections", true)) {
                section(node).ifPresent(sections::add);
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new Questionnaire(key, version, title, language, description, translationOf, sections, file, sha256);
        }

        private Optional<Section> section(Node node) {
            int before = problems.size();
            Fields fields = fields(node, "a section", SECTION_FIELDS);
            if (fields == null) {
                return Optional.empty();
            }
            String id = identifier(fields, "id", ID, "letters and digits joined by '-', '.' or '_'");
            if (id != null) {
                Integer first = sectionIds.putIfAbsent(id, line(node));
                if (first != null) {
                    problem(fields.value("id"), "duplicate section id '" + id + "' (first at line " + first + ")");
                }
                fields = fields.named("section '" + id + "'");
            }
            String title = text(fields, "title", true);
            List<Question> questions = new ArrayList<>();
            for (Node questionNode : list(fields, "questions", true)) {
                question(questionNode).ifPresent(questions::add);
            }
            return problems.size() == before ? Optional.of(new Section(id, title, questions, line(node))) : Optional.empty();
        }

        private Optional<Question> question(Node node) {
            int before = problems.size();
            Fields fields = fields(node, "a question", QUESTION_FIELDS);
            if (fields == null) {
                return Optional.empty();
            }
            String id = identifier(fields, "id", ID, "letters and digits joined by '-', '.' or '_'");
            if (id != null) {
                Integer first = questionIds.putIfAbsent(id, line(node));
                if (first != null) {
                    problem(fields.value("id"), "duplicate question id '" + id + "' (first at line " + first + ")");
                }
                fields = fields.named("question '" + id + "'");
            }
            String text = text(fields, "text", true);
            String guidance = text(fields, "guidance", false);
            QuestionType type = enumValue(fields, "type", QuestionType.class, true);
            double weight = weight(fields, type);
            Boolean required = bool(fields, "required");
            Boolean evidenceRequired = bool(fields, "evidenceRequired");
            List<String> references = references(fields);
            Condition appliesWhen = fields.has("appliesWhen") ? condition(fields.value("appliesWhen"), "appliesWhen") : null;
            ScaleRange scale = scale(fields, type);
            List<ChoiceOption> options = options(fields, type);
            Claim claim = claim(fields, type);
            KnockOut knockOut = knockOut(fields, type, scale, options);
            boolean isRequired = required == null || required;
            if (knockOut != null && !isRequired) {
                problem(fields.value("required"), "a knock-out question must be required, or it could be skipped");
            }
            if (problems.size() != before) {
                return Optional.empty();
            }
            return Optional.of(new Question(id, text, guidance, type, weight, isRequired,
                    evidenceRequired != null && evidenceRequired, references, appliesWhen, knockOut, claim,
                    scale, options, line(node)));
        }

        private double weight(Fields fields, QuestionType type) {
            if (!fields.has("weight")) {
                return type == QuestionType.TEXT ? 0 : 1;
            }
            if (type == QuestionType.TEXT) {
                problem(fields.value("weight"), "a TEXT question is not scored and takes no 'weight'");
                return 0;
            }
            Double weight = number(fields, "weight");
            if (weight != null && weight < 0) {
                problem(fields.value("weight"), "'weight' must be 0 or more, not " + ((ScalarNode) fields.value("weight")).getValue());
            }
            return weight == null ? 0 : weight;
        }

        private List<String> references(Fields fields) {
            List<String> references = new ArrayList<>();
            List<Node> nodes = list(fields, "references", true);
            Set<String> seen = new LinkedHashSet<>();
            for (Node node : nodes) {
                String reference = scalarValue(node, "a reference");
                if (reference == null) {
                    continue;
                }
                String trimmed = reference.strip();
                References.problemWith(trimmed).ifPresent(reason -> problem(node, reason));
                if (!seen.add(trimmed)) {
                    problem(node, "reference '" + trimmed + "' is listed twice");
                }
                references.add(trimmed);
            }
            return references;
        }

        private ScaleRange scale(Fields fields, QuestionType type) {
            if (type != QuestionType.SCALE) {
                for (String name : List.of("min", "max", "labels")) {
                    if (fields.has(name) && type != null) {
                        problem(fields.key(name), "'" + name + "' is only for SCALE questions");
                    }
                }
                return null;
            }
            Integer min = integer(fields, "min", true);
            Integer max = integer(fields, "max", true);
            if (min == null || max == null) {
                return null;
            }
            if (min >= max) {
                problem(fields.value("min"), "'min' (" + min + ") must be below 'max' (" + max + ")");
                return null;
            }
            Map<Integer, String> labels = new LinkedHashMap<>();
            if (fields.has("labels")) {
                Node labelsNode = fields.value("labels");
                if (!(labelsNode instanceof MappingNode mapping)) {
                    problem(labelsNode, "'labels' must map scale points to their labels, e.g. {0: None, 4: Full}");
                    return null;
                }
                for (NodeTuple tuple : mapping.getValue()) {
                    String point = scalarValue(tuple.getKeyNode(), "a scale point");
                    String label = scalarValue(tuple.getValueNode(), "a label");
                    if (point == null || label == null) {
                        continue;
                    }
                    if (!INTEGER.matcher(point).matches()) {
                        problem(tuple.getKeyNode(), "scale point '" + point + "' is not an integer");
                    } else if (Integer.parseInt(point) < min || Integer.parseInt(point) > max) {
                        problem(tuple.getKeyNode(), "scale point " + point + " is outside " + min + ".." + max);
                    } else if (labels.put(Integer.parseInt(point), label.strip()) != null) {
                        problem(tuple.getKeyNode(), "scale point " + point + " is labelled twice");
                    }
                }
            }
            return new ScaleRange(min, max, labels);
        }

        private List<ChoiceOption> options(Fields fields, QuestionType type) {
            if (type != QuestionType.CHOICE) {
                if (fields.has("options") && type != null) {
                    problem(fields.key("options"), "'options' is only for CHOICE questions");
                }
                return List.of();
            }
            if (!fields.has("options")) {
                problem(fields.node(), "a CHOICE question needs 'options'");
                return List.of();
            }
            List<Node> nodes = list(fields, "options", true);
            if (nodes.size() == 1) {
                problem(fields.value("options"), "a CHOICE question needs at least two options");
            }
            List<ChoiceOption> options = new ArrayList<>();
            Map<String, Integer> values = new HashMap<>();
            for (Node node : nodes) {
                Fields option = fields(node, "an option", OPTION_FIELDS);
                if (option == null) {
                    continue;
                }
                String value = scalar(option, "value", true);
                if (value != null) {
                    if (value.equals(AnswerValue.NotApplicable.RAW)) {
                        problem(option.value("value"), "NOT_APPLICABLE is an answer to every question, not an option");
                    } else if (!OPTION_VALUE.matcher(value).matches()) {
                        problem(option.value("value"), "option value '" + value
                                + "' must be upper-case letters and digits joined by '_'");
                    }
                    Integer first = values.putIfAbsent(value, line(node));
                    if (first != null) {
                        problem(option.value("value"), "duplicate option value '" + value + "' (first at line " + first + ")");
                    }
                }
                String label = text(option, "label", true);
                Double score = option.has("score") ? number(option, "score") : null;
                if (!option.has("score")) {
                    problem(node, "an option needs a 'score' between 0 and 1");
                } else if (score != null && (score < 0 || score > 1)) {
                    problem(option.value("score"), "option score must be between 0 and 1, not "
                            + ((ScalarNode) option.value("score")).getValue());
                }
                if (value != null && label != null && score != null) {
                    options.add(new ChoiceOption(value, label, score));
                }
            }
            return options;
        }

        private Claim claim(Fields fields, QuestionType type) {
            Claim claim = enumValue(fields, "claim", Claim.class, false);
            if (claim != null && type != null && type != QuestionType.YES_NO) {
                problem(fields.value("claim"), "a claim is made by answering YES, so only a YES_NO question can carry it");
            }
            return claim;
        }

        private KnockOut knockOut(Fields fields, QuestionType type, ScaleRange scale, List<ChoiceOption> options) {
            if (!fields.has("knockOut") || type == null) {
                return null;
            }
            Node node = fields.value("knockOut");
            if (type == QuestionType.TEXT) {
                problem(node, "a TEXT question cannot be a knock-out");
                return null;
            }
            List<ScalarNode> answers = null;
            Integer atMost = null;
            Condition when = Condition.ALWAYS;
            if (node instanceof MappingNode) {
                Fields ko = fields(node, "'knockOut'", KNOCK_OUT_FIELDS);
                if (ko == null) {
                    return null;
                }
                if (ko.has("answers") == ko.has("atMost")) {
                    problem(node, "'knockOut' needs exactly one of 'answers' (YES_NO, CHOICE) or 'atMost' (SCALE)");
                    return null;
                }
                if (ko.has("answers")) {
                    answers = scalarOrList(ko.value("answers"), "knock-out answers");
                } else {
                    atMost = integer(ko, "atMost", true);
                }
                if (ko.has("when")) {
                    when = condition(ko.value("when"), "knockOut.when");
                }
            } else {
                answers = scalarOrList(node, "knock-out answers");
            }
            if (answers == null && atMost == null) {
                return null;
            }
            return switch (type) {
                case YES_NO -> answers == null
                        ? wrongKnockOutForm(node, "a YES_NO knock-out names answers, e.g. 'knockOut: NO'")
                        : answerKnockOut(answers, YES_NO_KNOCK_OUT_ANSWERS, when);
                case CHOICE -> answers == null
                        ? wrongKnockOutForm(node, "a CHOICE knock-out names option values, e.g. 'knockOut: NONE'")
                        : answerKnockOut(answers, options.stream().map(ChoiceOption::value)
                                .collect(Collectors.toCollection(LinkedHashSet::new)), when);
                case SCALE -> atMost == null
                        ? wrongKnockOutForm(node, "a SCALE knock-out is a threshold, e.g. 'knockOut: {atMost: 1}'")
                        : scaleKnockOut(fields.value("knockOut"), atMost, scale, when);
                case TEXT -> null;
            };
        }

        private KnockOut wrongKnockOutForm(Node node, String reason) {
            problem(node, reason);
            return null;
        }

        private KnockOut answerKnockOut(List<ScalarNode> answers, Set<String> valid, Condition when) {
            Set<String> values = new LinkedHashSet<>();
            for (ScalarNode answer : answers) {
                String value = answer.getValue();
                if (value.equals(AnswerValue.NotApplicable.RAW)) {
                    problem(answer, "NOT_APPLICABLE is never a knock-out: it is excluded from the score");
                } else if (!valid.contains(value)) {
                    problem(answer, "knock-out answer '" + value + "' is not a possible answer to this question ("
                            + String.join(", ", valid) + ")");
                } else {
                    values.add(value);
                }
            }
            if (!valid.isEmpty() && values.containsAll(valid)) {
                problem(answers.get(0), "a knock-out on every possible answer would fail every audit");
            }
            return values.isEmpty() ? null : new KnockOut.OnAnswers(values, when);
        }

        private KnockOut scaleKnockOut(Node node, int atMost, ScaleRange scale, Condition when) {
            if (scale == null) {
                return null;
            }
            if (atMost < scale.min() || atMost >= scale.max()) {
                problem(node, "knock-out 'atMost: " + atMost + "' must be at least min (" + scale.min()
                        + ") and below max (" + scale.max() + ")");
                return null;
            }
            return new KnockOut.AtMost(atMost, when);
        }

        private Condition condition(Node node, String field) {
            List<Node> clauseNodes;
            if (node instanceof SequenceNode sequence) {
                clauseNodes = sequence.getValue();
                if (clauseNodes.isEmpty()) {
                    problem(node, "'" + field + "' is an empty list");
                }
            } else {
                clauseNodes = List.of(node);
            }
            List<Clause> clauses = new ArrayList<>();
            for (Node clauseNode : clauseNodes) {
                Fields fields = fields(clauseNode, "'" + field + "'", CONDITION_FIELDS);
                if (fields == null) {
                    continue;
                }
                if (((MappingNode) clauseNode).getValue().isEmpty()) {
                    problem(clauseNode, "'" + field + "' has no condition");
                    continue;
                }
                clauses.add(new Clause(
                        enumSet(fields, "dataCategories", DataCategory.class),
                        enumSet(fields, "access", Access.class),
                        enumSet(fields, "criticality", Criticality.class)));
            }
            return new Condition(clauses);
        }

        private <E extends Enum<E>> Set<E> enumSet(Fields fields, String name, Class<E> type) {
            Set<E> result = EnumSet.noneOf(type);
            if (!fields.has(name)) {
                return result;
            }
            List<ScalarNode> values = scalarOrList(fields.value(name), "'" + name + "'");
            if (values == null) {
                return result;
            }
            for (ScalarNode value : values) {
                parseEnum(type, value.getValue()).ifPresentOrElse(result::add, () -> problem(value,
                        "unknown " + name + " value '" + value.getValue() + "' (expected " + names(type) + ")"));
            }
            return result;
        }

        // ---- reading fields ----

        private Fields fields(Node node, String what, List<String> allowed) {
            if (!(node instanceof MappingNode mapping)) {
                problem(node, what + " must be a mapping of fields");
                return null;
            }
            Map<String, NodeTuple> tuples = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problem(tuple.getKeyNode(), "field names must be plain words");
                    continue;
                }
                String name = keyNode.getValue();
                NodeTuple first = tuples.putIfAbsent(name, tuple);
                if (first != null) {
                    problem(keyNode, "field '" + name + "' appears twice in " + what
                            + " (first at line " + line(first.getKeyNode()) + ")");
                } else if (!allowed.contains(name)) {
                    problem(keyNode, "unknown field '" + name + "' in " + what + " (allowed: "
                            + String.join(", ", allowed) + ")");
                }
            }
            tuples.keySet().retainAll(allowed);
            return new Fields(mapping, what, tuples);
        }

        private String scalar(Fields fields, String name, boolean required) {
            if (!fields.has(name)) {
                if (required) {
                    problem(fields.node(), fields.what() + " has no '" + name + "'");
                }
                return null;
            }
            return scalarValue(fields.value(name), "'" + name + "'");
        }

        private String scalarValue(Node node, String what) {
            if (!(node instanceof ScalarNode scalar)) {
                problem(node, what + " must be a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
                return null;
            }
            if (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
                problem(node, what + " is empty");
                return null;
            }
            return scalar.getValue();
        }

        private String text(Fields fields, String name, boolean required) {
            String value = scalar(fields, name, required);
            if (value != null && value.length() > MAX_TEXT_LENGTH) {
                problem(fields.value(name), "'" + name + "' is longer than " + MAX_TEXT_LENGTH + " characters");
            }
            return value == null ? null : value.strip();
        }

        private String identifier(Fields fields, String name, Pattern pattern, String form) {
            String value = scalar(fields, name, true);
            if (value != null && (!pattern.matcher(value).matches() || value.length() > MAX_ID_LENGTH)) {
                problem(fields.value(name), "'" + name + "' value '" + value + "' must be " + form
                        + ", at most " + MAX_ID_LENGTH + " characters");
                return null;
            }
            return value;
        }

        private Integer integer(Fields fields, String name, boolean required) {
            String value = scalar(fields, name, required);
            if (value == null) {
                return null;
            }
            if (!INTEGER.matcher(value).matches()) {
                problem(fields.value(name), "'" + name + "' must be an integer, not '" + value + "'");
                return null;
            }
            return Integer.parseInt(value);
        }

        private Double number(Fields fields, String name) {
            String value = scalar(fields, name, true);
            if (value == null) {
                return null;
            }
            if (!NUMBER.matcher(value).matches()) {
                problem(fields.value(name), "'" + name + "' must be a number, not '" + value + "'");
                return null;
            }
            return Double.parseDouble(value);
        }

        private Boolean bool(Fields fields, String name) {
            String value = scalar(fields, name, false);
            if (value == null) {
                return null;
            }
            // YAML 1.1 would also read yes/no/on/off as booleans; an explicit form avoids surprises.
            if (!value.equals("true") && !value.equals("false")) {
                problem(fields.value(name), "'" + name + "' must be true or false, not '" + value + "'");
                return null;
            }
            return Boolean.parseBoolean(value);
        }

        private <E extends Enum<E>> E enumValue(Fields fields, String name, Class<E> type, boolean required) {
            String value = scalar(fields, name, required);
            if (value == null) {
                return null;
            }
            Optional<E> parsed = parseEnum(type, value);
            if (parsed.isEmpty()) {
                problem(fields.value(name), "unknown " + name + " '" + value + "' (expected " + names(type) + ")");
            }
            return parsed.orElse(null);
        }

        private List<Node> list(Fields fields, String name, boolean required) {
            if (!fields.has(name)) {
                if (required) {
                    problem(fields.node(), fields.what() + " has no '" + name + "'");
                }
                return List.of();
            }
            Node node = fields.value(name);
            if (!(node instanceof SequenceNode sequence)) {
                problem(node, "'" + name + "' must be a list");
                return List.of();
            }
            if (sequence.getValue().isEmpty()) {
                problem(node, "'" + name + "' is an empty list");
            }
            return sequence.getValue();
        }

        private List<ScalarNode> scalarOrList(Node node, String what) {
            List<Node> nodes = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
            if (nodes.isEmpty()) {
                problem(node, what + " is an empty list");
                return null;
            }
            List<ScalarNode> scalars = new ArrayList<>();
            for (Node each : nodes) {
                if (scalarValue(each, what) != null) {
                    scalars.add((ScalarNode) each);
                }
            }
            return scalars.size() == nodes.size() ? scalars : null;
        }

        private void problem(Node node, String reason) {
            problem(line(node), reason);
        }

        private void problem(int line, String reason) {
            problems.add(new ValidationProblem(file, line, reason));
        }
    }

    private record Fields(MappingNode node, String what, Map<String, NodeTuple> tuples) {
        boolean has(String name) {
            return tuples.containsKey(name);
        }

        Node value(String name) {
            NodeTuple tuple = tuples.get(name);
            return tuple == null ? node : tuple.getValueNode();
        }

        Fields named(String name) {
            return new Fields(node, name, tuples);
        }

        Node key(String name) {
            NodeTuple tuple = tuples.get(name);
            return tuple == null ? node : tuple.getKeyNode();
        }
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
