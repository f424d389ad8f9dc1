package eu.nis2registry.common.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseNumbersTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0403.170.701       | 0403.170.701",
            "0403170701         | 0403.170.701",
            "403170701          | 0403.170.701",
            "BE0403170701       | 0403.170.701",
            "BE 0403.170.701    | 0403.170.701",
            "be0403-170-701     | 0403.170.701",
            "' 0403 170 701 '   | 0403.170.701",
            "0123.456.749       | 0123.456.749",
            "1000.000.021       | 1000.000.021"})
    void normalisesValidBelgianNumbersToTheDottedForm(String input, String expected) {
        assertThat(EnterpriseNumbers.normalize(input)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0403.170.702",   // check digits off by one
            "0403.170.791",
            "0403.170.70",    // too short once the zero is added: 8 digits
            "2403.170.701",   // ten digits must start with 0 or 1
            "BE2403170701",
            "04031707011",    // eleven digits
            "BE12"})
    void refusesInvalidBelgianNumbers(String input) {
        assertThat(EnterpriseNumbers.normalize(input)).isEmpty();
    }

    @Test
    void checkDigitsAreNinetySevenMinusTheRemainder() {
        Random random = new Random(97);
        for (int i = 0; i < 1000; i++) {
            long base = random.nextInt(20_000_000);
            long check = 97 - base % 97;
            String number = String.format("%08d%02d", base, check);
            assertThat(EnterpriseNumbers.normalize(number)).as(number).isPresent();
            String wrong = String.format("%08d%02d", base, check == 97 ? 1 : check + 1);
            assertThat(EnterpriseNumbers.normalize(wrong)).as(wrong).isEmpty();
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "NL123456789B01     | NL123456789B01",
            "nl 1234.56789.b01  | NL123456789B01",
            "FR12345678901      | FR12345678901",
            "DE123456789        | DE123456789",
            "ATU12345678        | ATU12345678",
            "IE1234567WA        | IE1234567WA"})
    void keepsOtherEuVatNumbersCompactAndUpperCase(String input, String expected) {
        assertThat(EnterpriseNumbers.normalize(input)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not a number",     // letters only: no VAT number looks like this
            "HELLO",
            "ZZ123456789",      // not an EU country prefix
            "US123456789",
            "NL1",              // too short
            "NL12345678901234", // too long
            "NL123456789/B01",
            "12345"})
    void refusesTextThatIsNoEnterpriseOrVatNumber(String input) {
        assertThat(EnterpriseNumbers.normalize(input)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "BE"})
    void refusesNothing(String input) {
        assertThat(EnterpriseNumbers.normalize(input)).isEmpty();
    }
}
