package eu.nis2registry.audit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.nis2registry.audit.questionnaire.ChoiceOption;
import eu.nis2registry.audit.questionnaire.Condition;
import eu.nis2registry.audit.questionnaire.KnockOut;
import eu.nis2registry.audit.questionnaire.Question;
import eu.nis2registry.audit.questionnaire.Questionnaire;
import eu.nis2registry.audit.questionnaire.ReloadReport;
import eu.nis2registry.audit.questionnaire.ValidationProblem;
import eu.nis2registry.inventory.Access;
import eu.nis2registry.inventory.Criticality;
import eu.nis2registry.inventory.DataCategory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A questionnaire as clients read it: the model of the YAML file, with conditions spelled out. */
public final class QuestionnaireDtos {

    private QuestionnaireDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Definition(String key, int version, String title, String language, String translationOf,
            String description, String sha256, int questionCount, List<SectionView> sections) {
    }

    public record SectionView(String id, String title, List<QuestionView> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String id, String text, String guidance, String type, double weight, boolean required,
            boolean evidenceRequired, List<String> references, List<ConditionClause> appliesWhen, KnockOutView knockOut,
            String claim, ScaleView scale, List<ChoiceOption> options) {
    }

    /** All fields that are present must hold; the clauses of a list are alternatives. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ConditionClause(Set<DataCategory> dataCategories, Set<Access> access, Set<Criticality> criticality) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KnockOutView(Set<String> answers, Integer atMost, List<ConditionClause> when) {
    }

    public record ScaleView(int min, int max, Map<Integer, String> labels) {
    }

    public record Problem(String file, int line, String reason) {
    }

    public record ReloadView(List<String> active, List<String> retained, List<Problem> problems) {
    }

    public static Definition definition(Questionnaire q) {
        return new Definition(q.key(), q.version(), q.title(), q.language().name().toLowerCase(Locale.ROOT),
                q.translationOf(), q.description(), q.sha256(), q.questionCount(),
                q.sections().stream().map(s -> new SectionView(s.id(), s.title(),
                        s.questions().stream().map(QuestionnaireDtos::question).toList())).toList());
    }

    static QuestionView question(Question q) {
        return new QuestionView(q.id(), q.text(), q.guidance(), q.type().name(), q.weight(), q.required(),
                q.evidenceRequired(), q.references(), clauses(q.appliesWhen()), knockOut(q.knockOut()),
                q.claim() == null ? null : q.claim().name(),
                q.scale() == null ? null : new ScaleView(q.scale().min(), q.scale().max(), q.scale().sortedLabels()),
                q.options() == null || q.options().isEmpty() ? null : q.options());
    }

    private static List<ConditionClause> clauses(Condition condition) {
        if (condition == null || condition.isAlways()) {
            return null;
        }
        return condition.anyOf().stream()
                .map(c -> new ConditionClause(sorted(c.dataCategories()), sorted(c.access()), sorted(c.criticality()))).toList();
    }

    private static KnockOutView knockOut(KnockOut knockOut) {
        if (knockOut instanceof KnockOut.OnAnswers on) {
            return new KnockOutView(sorted(on.answers()), null, clauses(on.when()));
        }
        if (knockOut instanceof KnockOut.AtMost atMost) {
            return new KnockOutView(null, atMost.threshold(), clauses(atMost.when()));
        }
        return null;
    }

    /** The model's sets iterate in an order that differs from one JVM to the next: answers list them sorted. */
    private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> set) {
        return set == null ? null : new TreeSet<>(set);
    }

    public static Problem problem(ValidationProblem p) {
        return new Problem(p.file(), p.line(), p.reason());
    }

    public static ReloadView reload(ReloadReport report) {
        return new ReloadView(report.active().stream().map(q -> q.key() + " v" + q.version()).toList(),
                report.retained().stream().map(q -> q.key() + " v" + q.version()).toList(),
                report.problems().stream().map(QuestionnaireDtos::problem).toList());
    }
}
