package eu.nis2registry.report.service;

import java.util.Collection;
import java.util.Set;

/**
 * Who may see an archived report: someone who may see all the data it holds. A sector-wide report (made from
 * the view of all organisations) only by users who see all organisations; any other report by users who see
 * every organisation it names. A report outside the rule answers as if it did not exist.
 */
public final class ReportVisibility {

    private ReportVisibility() {
    }

    public static boolean visible(boolean sectorWide, Collection<Long> reportOrganizations, boolean seesAll,
            Set<Long> userOrganizations) {
        if (seesAll) {
            return true;
        }
        return !sectorWide && userOrganizations.containsAll(reportOrganizations);
    }
}
