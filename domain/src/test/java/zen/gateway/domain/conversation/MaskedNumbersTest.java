package zen.gateway.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNumbersTest {

    @Test
    void aNumberKeepsItsCountryCodeAndLastFourDigits() {
        assertThat(MaskedNumbers.mask("+919800000101")).isEqualTo("+91******0101");
        assertThat(MaskedNumbers.mask("919800000101")).isEqualTo("91******0101");
        assertThat(MaskedNumbers.mask("+12345")).isEqualTo("+*****");
        assertThat(MaskedNumbers.mask(null)).isNull();
    }

    @Test
    void numbersInsideATextAreMaskedAndOtherDigitsLeftAlone() {
        assertThat(MaskedNumbers.maskIn("PUT /api/v1/conversations/p1/+919800000101 failed: 404 after 1500 ms"))
                .isEqualTo("PUT /api/v1/conversations/p1/+91******0101 failed: 404 after 1500 ms");
        assertThat(MaskedNumbers.maskIn("wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQzRUI wa 15550002222"))
                .isEqualTo("wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQzRUI wa 15*****2222");
        assertThat(MaskedNumbers.maskIn("id 65f0c0ffee0000000000c003")).isEqualTo("id 65f0c0ffee0000000000c003");
    }
}
