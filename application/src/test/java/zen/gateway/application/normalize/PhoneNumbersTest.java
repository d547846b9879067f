package zen.gateway.application.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} with country code {1} is {2}")
    @CsvSource(delimiterString = "|", nullValues = "NULL", value = {
            "919800000001              | NULL | +919800000001",
            "whatsapp:+15550002222     | NULL | +15550002222",
            "WhatsApp:+1 555-000-2222  | NULL | +15550002222",
            "+91 98000-00001           | NULL | +919800000001",
            "9800000001                | 91   | +919800000001",
            "9800000001                | +91  | +919800000001",
            "98000 00001               | 91   | +919800000001",
            "+919800000001             | 91   | +919800000001",
            "919800000001              | 91   | +919800000001",
            "09800000001               | 91   | +919800000001",
            "0044 20 7946 0958         | NULL | +442079460958",
            "(555) 000-1111            | 1    | +15550001111",
            "9800000001                | NULL | +9800000001",
            "9800000001                | abc  | +9800000001",
    })
    void phoneNumbersBecomePlusAndDigits(String raw, String countryCode, String canonical) {
        assertThat(PhoneNumbers.canonical(raw, countryCode)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} stays as it is")
    @CsvSource(delimiterString = "|", value = {
            "65f0c0ffee0000000000b002",
            "US.13491208655302741918",
            "callbackSetPhone",
            "1234",
            "12345678901234567890",
            "+12345678901234567890",
            "09800000001",
            "whatsapp:group-42",
            "AcmeShopApp",
    })
    void valuesThatAreNotPhoneNumbersStayAsTheyAre(String raw) {
        assertThat(PhoneNumbers.canonical(raw)).isEqualTo(raw);
    }

    @Test
    void absentOrBlankIsNull() {
        assertThat(PhoneNumbers.canonical(null, "91")).isNull();
        assertThat(PhoneNumbers.canonical("  ", "91")).isNull();
    }

    @Test
    void surroundingSpacesAreDroppedEvenFromNonNumbers() {
        assertThat(PhoneNumbers.canonical("  AcmeShopApp ")).isEqualTo("AcmeShopApp");
    }
}
