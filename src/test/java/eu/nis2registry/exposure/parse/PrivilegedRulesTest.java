package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrivilegedRulesTest {

    private final PrivilegedRules rules = PrivilegedRules.defaults();

    @Test
    void flagsAdministrativeLoginNamesInAnyCase() {
        for (String login : List.of("admin", "Administrator", "ROOT", "beheer", "support@itserv.be",
                "CORP\\Admin", "admin@azhospital-a.be")) {
            assertThat(rules.isPrivileged(login, "www.example.be", "/")).as(login).isTrue();
        }
        assertThat(rules.isPrivileged("administrators", "www.example.be", "/")).isFalse();
        assertThat(rules.isPrivileged("jan.admin@x.be", "www.example.be", "/")).isFalse();
    }

    @Test
    void flagsAdministrativeLocalPartPrefixes() {
        assertThat(rules.isPrivileged("adm-jdoe@itserv.be", "www.example.be", "")).isTrue();
        assertThat(rules.isPrivileged("Admin.Jan", "www.example.be", "")).isTrue();
        assertThat(rules.isPrivileged("admjdoe", "www.example.be", "")).isFalse();
    }

    @Test
    void flagsAdministrationAndRemoteAccessHosts() {
        for (String host : List.of("admin.itserv.be", "vpn.itserv.be", "citrix.itserv.be", "remote.itserv.be",
                "rdweb.itserv.be", "vpn2.eu.itserv.be", "eu.vpn.itserv.be")) {
            assertThat(rules.isPrivileged("jan", host, "")).as(host).isTrue();
        }
    }

    @Test
    void ignoresTheLastTwoLabelsOfTheHost() {
        assertThat(rules.isPrivileged("jan", "portal.remotecare.be", "")).isFalse();
        assertThat(rules.isPrivileged("jan", "vpn.be", "")).isFalse();
        assertThat(rules.isPrivileged("jan", "10.0.0.5", "")).isFalse();
        assertThat(rules.isPrivileged("jan", "myvpn.itserv.be", "")).isFalse();
    }

    @Test
    void flagsAdministrationAndRemoteAccessPaths() {
        for (String path : List.of("/admin", "/Admin/login", "/wp-admin/", "/vpn/index.html", "/RDWeb/Pages")) {
            assertThat(rules.isPrivileged("jan", "www.itserv.be", path)).as(path).isTrue();
        }
        assertThat(rules.isPrivileged("jan", "www.itserv.be", "/login")).isFalse();
        assertThat(rules.isPrivileged("jan", "www.itserv.be", null)).isFalse();
    }

    @Test
    void isBuiltFromConfigurationLists() {
        PrivilegedRules custom = PrivilegedRules.of(List.of(" Operator "), List.of("SYS-"), List.of("Gateway."),
                List.of("/Console"));
        assertThat(custom.isPrivileged("operator@x.be", "www.x.be", "")).isTrue();
        assertThat(custom.isPrivileged("sys-jan", "www.x.be", "")).isTrue();
        assertThat(custom.isPrivileged("jan", "gateway.x.be", "")).isTrue();
        assertThat(custom.isPrivileged("jan", "www.x.be", "/console/x")).isTrue();
        assertThat(custom.isPrivileged("admin", "vpn.x.be", "/admin")).isFalse();
        assertThat(PrivilegedRules.of(null, null, null, null).isPrivileged("admin", "vpn.x.be", "/admin"))
                .isFalse();
    }

    @Test
    void flagsScannedCandidates() {
        List<ObservationCandidate> cs = Scans.ulp("https://vpn.itserv.example/:jan:p\n"
                + "https://itserv.example/wp-admin/:editor7:p\nhttps://www.itserv.example/:adm-jdoe@itserv.example:p\n"
                + "https://www.itserv.example/home:jan:p\n").candidates();
        assertThat(cs).extracting(ObservationCandidate::privileged).containsExactly(true, true, true, false);
    }
}
