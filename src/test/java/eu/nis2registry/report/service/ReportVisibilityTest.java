package eu.nis2registry.report.service;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportVisibilityTest {

    @Test
    void aUserSeesAReportOnlyWhenTheySeeEveryOrganisationInIt() {
        assertThat(ReportVisibility.visible(false, Set.of(1L), false, Set.of(1L, 2L))).isTrue();
        assertThat(ReportVisibility.visible(false, Set.of(1L, 2L), false, Set.of(1L))).isFalse();
        assertThat(ReportVisibility.visible(false, Set.of(3L), false, Set.of())).isFalse();
    }

    @Test
    void sectorWideReportsAreForUsersWhoSeeAllOrganisations() {
        assertThat(ReportVisibility.visible(true, Set.of(), false, Set.of(1L, 2L))).isFalse();
        assertThat(ReportVisibility.visible(true, Set.of(1L), false, Set.of(1L))).isFalse();
        assertThat(ReportVisibility.visible(true, Set.of(1L), true, Set.of())).isTrue();
    }

    @Test
    void aReportHoldingNoOrganisationsDataIsForEveryone() {
        assertThat(ReportVisibility.visible(false, Set.of(), false, Set.of())).isTrue();
    }
}
