package zen.gateway.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void masksNumbersWithOrWithoutPlus() {
        assertThat(PhoneNumbers.mask("to +919800000101 from 919800099999"))
                .isEqualTo("to +91******0101 from 91******9999");
        assertThat(PhoneNumbers.mask("{\"to\":\"15550001111\"}")).isEqualTo("{\"to\":\"15*****1111\"}");
        assertThat(PhoneNumbers.mask("whatsapp:+15550001111")).isEqualTo("whatsapp:+15*****1111");
    }

    @Test
    void leavesIdsShortNumbersAndWordsAlone() {
        assertThat(PhoneNumbers.mask("mid 900000000000000000000001")).isEqualTo("mid 900000000000000000000001");
        assertThat(PhoneNumbers.mask("wamid.HBgM919800000101 took 12345 ms")).isEqualTo("wamid.HBgM919800000101 took 12345 ms");
        assertThat(PhoneNumbers.mask("no numbers")).isEqualTo("no numbers");
        assertThat(PhoneNumbers.mask("{\"timestamp\":1764662400000,\"message\":\"{\\\"to\\\":919800000101}\"}"))
                .isEqualTo("{\"timestamp\":1764662400000,\"message\":\"{\\\"to\\\":91******0101}\"}");
        assertThat(PhoneNumbers.mask(null)).isNull();
    }
}
