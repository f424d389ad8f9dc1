package eu.nis2registry.exposure.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginsTest {

    @Test
    void keepsTheFirstAndLastCharacterOfTheLocalPart() {
        assertThat(Logins.mask("jan.peeters@azmonica.be")).isEqualTo("j***s@azmonica.be");
        assertThat(Logins.mask("Jan@AZMonica.BE")).isEqualTo("J***n@azmonica.be");
    }

    @Test
    void hidesShortLocalPartsAlmostEntirely() {
        assertThat(Logins.mask("jo@azmonica.be")).isEqualTo("j***@azmonica.be");
        assertThat(Logins.mask("j@azmonica.be")).isEqualTo("***@azmonica.be");
        assertThat(Logins.mask("@azmonica.be")).isEqualTo("***@azmonica.be");
    }

    @Test
    void masksLoginsWithoutAValidEmailDomainWhole() {
        assertThat(Logins.mask("admin")).isEqualTo("a***n");
        assertThat(Logins.mask("CORP\\jdoe")).isEqualTo("C***e");
        assertThat(Logins.mask("jan@localhost")).isEqualTo("j***t");
        assertThat(Logins.mask("jan@")).isEqualTo("j***@");
        assertThat(Logins.mask("x")).isEqualTo("***");
    }

    @Test
    void countsCodePointsNotChars() {
        assertThat(Logins.mask("\uD83D\uDE00bob\uD83D\uDE00@x.be")).isEqualTo("\uD83D\uDE00***\uD83D\uDE00@x.be");
    }

    @Test
    void givesTheNormalisedEmailDomain() {
        assertThat(Logins.emailDomain("Jan@Mail.AZMonica.be.")).isEqualTo("mail.azmonica.be");
        assertThat(Logins.emailDomain("a@b@itserv.be")).isEqualTo("itserv.be");
        assertThat(Logins.emailDomain("jan@café.be")).isEqualTo("xn--caf-dma.be");
        assertThat(Logins.emailDomain("admin")).isNull();
        assertThat(Logins.emailDomain("jan@10.0.0.5")).isNull();
        assertThat(Logins.emailDomain("jan@bad host.be")).isNull();
    }
}
