package zen.gateway.application.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTest {

    private final AesGcmSecretBox box = AesGcmSecretBox.fromBase64(AesGcmSecretBox.newKey());

    @Test
    void aSealedSecretOpensAndDoesNotShowItself() {
        String sealed = box.seal("whsec_c2VjcmV0LXNpZ25pbmcta2V5");

        assertThat(sealed).startsWith(AesGcmSecretBox.PREFIX).doesNotContain("c2VjcmV0");
        assertThat(box.open(sealed)).isEqualTo("whsec_c2VjcmV0LXNpZ25pbmcta2V5");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        assertThat(box.seal("s")).isNotEqualTo(box.seal("s"));
    }

    @Test
    void textNeverSealedIsReturnedAsItIs() {
        assertThat(box.open("legacy-plain-secret")).isEqualTo("legacy-plain-secret");
    }

    @Test
    void anotherKeyCannotOpenItAndSaysSo() {
        String sealed = box.seal("secret");
        AesGcmSecretBox other = AesGcmSecretBox.fromBase64(AesGcmSecretBox.newKey());

        assertThatThrownBy(() -> other.open(sealed)).hasMessageContaining("another master key");
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String sealed = box.seal("secret");
        // a character inside the text: the last one also carries bits Base64 drops, and changing only those alters nothing
        int at = sealed.length() - 10;
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);

        assertThatThrownBy(() -> box.open(altered)).hasMessageContaining("altered");
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> AesGcmSecretBox.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
