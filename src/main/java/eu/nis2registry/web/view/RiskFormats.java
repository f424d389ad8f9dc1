package eu.nis2registry.web.view;

import eu.nis2registry.scoring.rest.RiskDtos.Action;
import eu.nis2registry.scoring.rest.RiskDtos.BlastRadius;
import eu.nis2registry.scoring.rest.RiskDtos.ConcentrationEntry;
import eu.nis2registry.scoring.rest.RiskDtos.ExposedOrganization;
import eu.nis2registry.scoring.rest.RiskDtos.HistoryEntry;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/**
 * Risk records of the scoring API as the templates read them. The tags that show them are not type-checked, so their
 * value resolvers are asked for here.
 */
@TemplateExtension
@TemplateData(target = BlastRadius.class)
@TemplateData(target = ExposedOrganization.class)
@TemplateData(target = Action.class)
@TemplateData(target = ConcentrationEntry.class)
public final class RiskFormats {

    private RiskFormats() {
    }

    /** The colour class of a history entry's tier. */
    static String tone(HistoryEntry entry) {
        return RiskViews.tone(entry.tier());
    }
}
