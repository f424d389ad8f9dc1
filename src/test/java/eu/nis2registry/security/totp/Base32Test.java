package eu.nis2registry.security.totp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Base32Test {

    /** RFC 4648, section 10, without the padding authenticator apps do not want. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(value = {
            "'',       ''",
            "f,        MY",
            "fo,       MZXQ",
            "foo,      MZXW6",
            "foob,     MZXW6YQ",
            "fooba,    MZXW6YTB",
            "foobar,   MZXW6YTBOI"})
    void encodesRfc4648TestVectors(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void decodesPaddedLowerCaseAndSpacedText() {
        assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    }

    @Test
    void roundTripsRandomBytesOfEveryLength() {
        Random random = new Random(6238);
        for (int length = 0; length <= 64; length++) {
            for (int i = 0; i < 20; i++) {
                byte[] data = new byte[length];
                random.nextBytes(data);
                String text = Base32.encode(data);

                assertThat(text).matches("[A-Z2-7]*").hasSize((length * 8 + 4) / 5);
                assertThat(Base32.decode(text)).isEqualTo(data);
            }
        }
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 4");
        assertThatThrownBy(() -> Base32.decode("MZ-W6")).isInstanceOf(IllegalArgumentException.class);
    }
}
