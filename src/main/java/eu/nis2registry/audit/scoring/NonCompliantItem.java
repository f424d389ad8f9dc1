package eu.nis2registry.audit.scoring;

import eu.nis2registry.audit.questionnaire.AnswerValue;
import java.util.List;

/**
 * An answer short of full compliance (or a failed knock-out): the service turns each into a
 * finding. {@code compliance} is the answer's share, 0 to 1; {@code weight} the question's.
 */
public record NonCompliantItem(
        String questionId,
        String sectionId,
        String text,
        AnswerValue answer,
        double compliance,
        double weight,
        boolean failedKnockOut,
        Severity severity,
        List<String> references) {

    public NonCompliantItem {
        references = List.copyOf(references);
    }
}
