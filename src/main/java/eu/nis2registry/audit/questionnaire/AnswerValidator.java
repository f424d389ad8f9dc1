package eu.nis2registry.audit.questionnaire;

import eu.nis2registry.audit.questionnaire.AnswerProblem.Code;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks raw answer values (as they arrive from JSON or a form) against a questionnaire and the
 * engagement they are for, and turns them into {@link AnswerValue}s.
 *
 * <ul>
 *   <li>YES_NO: "YES", "NO", "PARTIAL" or "NOT_APPLICABLE".</li>
 *   <li>SCALE: an integer in [min, max], as a number or a string of digits (forms send strings),
 *       or "NOT_APPLICABLE".</li>
 *   <li>CHOICE: one option value, or "NOT_APPLICABLE".</li>
 *   <li>TEXT: a non-blank string of at most {@link #MAX_TEXT_LENGTH} characters.</li>
 * </ul>
 *
 * NOT_APPLICABLE is refused where the question's knock-out is active for the engagement: whether a
 * knock-out applies is decided by its condition, not by the supplier answering.
 */
public final class AnswerValidator {

    public static final int MAX_TEXT_LENGTH = 4000;

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,40}");
    private static final int ECHO_LIMIT = 40;

    private AnswerValidator() {
    }

    public static boolean applies(Question question, EngagementProfile profile) {
        return question.appliesTo(profile);
    }

    /** Every answer checked; answers to unknown or inapplicable questions are problems too. */
    public static AnswerCheck validate(Questionnaire questionnaire, Map<String, ?> rawAnswers, EngagementProfile profile) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        for (Map.Entry<String, ?> entry : new TreeMap<>(rawAnswers).entrySet()) {
            String id = entry.getKey();
            Optional<Question> question = questionnaire.question(id);
            if (question.isEmpty()) {
                problems.add(new AnswerProblem(id, Code.UNKNOWN_QUESTION, "there is no question '" + echo(id)
                        + "' in " + questionnaire.key() + " version " + questionnaire.version()));
            } else if (!question.get().appliesTo(profile)) {
                problems.add(new AnswerProblem(id, Code.NOT_APPLICABLE_TO_ENGAGEMENT,
                        "question '" + id + "' does not apply to this engagement"));
            } else {
                parse(question.get(), entry.getValue(), profile, problems).ifPresent(v -> values.put(id, v));
            }
        }
        return new AnswerCheck(values, problems);
    }

    /**
     * The required questions that apply to the engagement and have no answer yet, in questionnaire
     * order: what blocks a submission.
     */
    public static List<Question> unansweredRequired(Questionnaire questionnaire, Collection<String> answeredIds,
            EngagementProfile profile) {
        return questionnaire.questions().stream()
                .filter(q -> q.required() && q.appliesTo(profile) && !answeredIds.contains(q.id()))
                .toList();
    }

    /** What a submission must pass: every answer valid and every applicable required question answered. */
    public static AnswerCheck checkSubmission(Questionnaire questionnaire, Map<String, ?> rawAnswers,
            EngagementProfile profile) {
        AnswerCheck check = validate(questionnaire, rawAnswers, profile);
        List<AnswerProblem> problems = new ArrayList<>(check.problems());
        for (Question missing : unansweredRequired(questionnaire, check.values().keySet(), profile)) {
            if (!rawAnswers.containsKey(missing.id())) {
                problems.add(new AnswerProblem(missing.id(), Code.REQUIRED_UNANSWERED,
                        "question '" + missing.id() + "' is required and has no answer"));
            }
        }
        return new AnswerCheck(check.values(), problems);
    }

    private static Optional<AnswerValue> parse(Question question, Object raw, EngagementProfile profile,
            List<AnswerProblem> problems) {
        String id = question.id();
        if (raw == null) {
            problems.add(new AnswerProblem(id, Code.MISSING_VALUE, "question '" + id + "' has an answer without a value"));
            return Optional.empty();
        }
        if (question.type().isScored() && AnswerValue.NotApplicable.RAW.equals(raw)) {
            if (question.knockOutActiveFor(profile)) {
                problems.add(new AnswerProblem(id, Code.NOT_APPLICABLE_REFUSED, "question '" + id
                        + "' is a knock-out question for this engagement and cannot be answered NOT_APPLICABLE"));
                return Optional.empty();
            }
            return Optional.of(AnswerValue.NOT_APPLICABLE);
        }
        return switch (question.type()) {
            case YES_NO -> yesNo(question, raw, problems);
            case SCALE -> scale(question, raw, problems);
            case CHOICE -> choice(question, raw, problems);
            case TEXT -> text(question, raw, problems);
        };
    }

    private static Optional<AnswerValue> yesNo(Question question, Object raw, List<AnswerProblem> problems) {
        if (raw instanceof String s) {
            for (AnswerValue.YesNo value : AnswerValue.YesNo.values()) {
                if (value.name().equals(s)) {
                    return Optional.of(value);
                }
            }
        }
        problems.add(wrongKind(question, raw, "YES, NO, PARTIAL or NOT_APPLICABLE"));
        return Optional.empty();
    }

    private static Optional<AnswerValue> scale(Question question, Object raw, List<AnswerProblem> problems) {
        Optional<BigInteger> value = integer(raw);
        ScaleRange range = question.scale();
        String expected = "an integer from " + range.min() + " to " + range.max() + " or NOT_APPLICABLE";
        if (value.isEmpty()) {
            problems.add(wrongKind(question, raw, expected));
            return Optional.empty();
        }
        BigInteger v = value.get();
        if (v.compareTo(BigInteger.valueOf(range.min())) < 0 || v.compareTo(BigInteger.valueOf(range.max())) > 0) {
            problems.add(new AnswerProblem(question.id(), Code.OUT_OF_RANGE, "question '" + question.id()
                    + "' expects " + expected + ", got " + echo(v)));
            return Optional.empty();
        }
        return Optional.of(new AnswerValue.Scale(v.intValueExact()));
    }

    private static Optional<BigInteger> integer(Object raw) {
        if (raw instanceof BigInteger big) {
            return Optional.of(big);
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return Optional.of(BigInteger.valueOf(((Number) raw).longValue()));
        }
        if (raw instanceof String s && INTEGER.matcher(s.strip()).matches()) {
            return Optional.of(new BigInteger(s.strip()));
        }
        return Optional.empty();
    }

    private static Optional<AnswerValue> choice(Question question, Object raw, List<AnswerProblem> problems) {
        if (raw instanceof String s && question.option(s).isPresent()) {
            return Optional.of(new AnswerValue.Choice(s));
        }
        String expected = "one of " + question.options().stream().map(ChoiceOption::value)
                .collect(Collectors.joining(", ")) + " or NOT_APPLICABLE";
        problems.add(raw instanceof String
                ? new AnswerProblem(question.id(), Code.NOT_AN_OPTION,
                        "question '" + question.id() + "' expects " + expected + ", got '" + echo(raw) + "'")
                : wrongKind(question, raw, expected));
        return Optional.empty();
    }

    private static Optional<AnswerValue> text(Question question, Object raw, List<AnswerProblem> problems) {
        if (!(raw instanceof String s)) {
            problems.add(wrongKind(question, raw, "text"));
            return Optional.empty();
        }
        String text = s.strip();
        if (text.isEmpty()) {
            problems.add(new AnswerProblem(question.id(), Code.MISSING_VALUE,
                    "question '" + question.id() + "' has an empty text; leave it unanswered instead"));
            return Optional.empty();
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(new AnswerProblem(question.id(), Code.TEXT_TOO_LONG, "question '" + question.id()
                    + "' takes at most " + MAX_TEXT_LENGTH + " characters, got " + text.length()));
            return Optional.empty();
        }
        return Optional.of(new AnswerValue.Text(text));
    }

    private static AnswerProblem wrongKind(Question question, Object raw, String expected) {
        String got = raw instanceof String ? "'" + echo(raw) + "'" : "a " + kindOf(raw);
        return new AnswerProblem(question.id(), Code.WRONG_KIND,
                "question '" + question.id() + "' expects " + expected + ", got " + got);
    }

    private static String kindOf(Object raw) {
        if (raw instanceof Number) {
            return "number";
        }
        if (raw instanceof Boolean) {
            return "boolean";
        }
        if (raw instanceof Collection<?>) {
            return "list";
        }
        if (raw instanceof Map<?, ?>) {
            return "object";
        }
        return raw.getClass().getSimpleName();
    }

    private static String echo(Object raw) {
        String s = String.valueOf(raw);
        return s.length() <= ECHO_LIMIT ? s : s.substring(0, ECHO_LIMIT) + "...";
    }
}
