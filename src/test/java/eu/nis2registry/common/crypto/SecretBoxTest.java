package eu.nis2registry.common.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    private static final byte[] PLAIN = "totp seed 0123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void opensWhatItSealed() {
        SecretBox box = new SecretBox(key(1));

        assertThat(box.open(box.seal(PLAIN))).isEqualTo(PLAIN);
        assertThat(box.open(box.seal(new byte[0]))).isEmpty();
    }

    @Test
    void roundTripsRandomValues() {
        SecretBox box = new SecretBox(key(2));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] value = new byte[random.nextInt(100)];
            random.nextBytes(value);
            assertThat(box.open(box.seal(value))).isEqualTo(value);
        }
    }

    @Test
    void sealsTheSameValueDifferentlyEachTime() {
        SecretBox box = new SecretBox(key(3));

        assertThat(box.seal(PLAIN)).isNotEqualTo(box.seal(PLAIN));
    }

    @Test
    void sealedTextDoesNotContainThePlainValue() {
        SecretBox box = new SecretBox(key(4));
        byte[] sealed = Base64.getDecoder().decode(box.seal(PLAIN));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("totp seed");
    }

    @Test
    void detectsATamperedByteAnywhere() {
        SecretBox box = new SecretBox(key(5));
        byte[] sealed = Base64.getDecoder().decode(box.seal(PLAIN));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            String text = Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> box.open(text)).as("byte %d flipped", i)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void detectsATruncatedValue() {
        SecretBox box = new SecretBox(key(6));
        byte[] sealed = Base64.getDecoder().decode(box.seal(PLAIN));
        byte[] shorter = Arrays.copyOf(sealed, sealed.length - 1);

        assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(shorter)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToOpenWithAnotherKey() {
        String sealed = new SecretBox(key(7)).seal(PLAIN);

        assertThatThrownBy(() -> new SecretBox(key(8)).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong key or damaged value");
    }

    @Test
    void refusesTextThatIsNotBase64() {
        SecretBox box = new SecretBox(key(9));

        assertThatThrownBy(() -> box.open("not base64 at all!")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void errorsDoNotRevealThePlainValue() {
        SecretBox box = new SecretBox(key(10));
        String sealed = box.seal(PLAIN);

        assertThatThrownBy(() -> new SecretBox(key(11)).open(sealed))
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("totp seed"));
    }

    @Test
    void requiresAThirtyTwoByteKey() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretBox(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }
}
