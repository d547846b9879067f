package zen.gateway.application.port.outbound.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.send.SendProvider;

class SenderAccountTest {

    @Test
    void neverShowsCredentialValues() {
        var account = new SenderAccount(SendProvider.META, "+15550001111",
                Map.of("access_token", "EAAsecret", "phone_number_id", "200000000000002"));

        assertThat(account.toString())
                .contains("meta", "+15550001111", "access_token", "phone_number_id")
                .doesNotContain("EAAsecret", "200000000000002");
    }

    @Test
    void takesTheBusinessNumberInE164Only() {
        assertThatIllegalArgumentException().isThrownBy(() -> account("15550001111", null));
        assertThatIllegalArgumentException().isThrownBy(() -> account("+0555000111", null));
        assertThatIllegalArgumentException().isThrownBy(() -> account("+1 555 000 1111", null));
        assertThat(account("+15550001111", null).businessNumber()).isEqualTo("+15550001111");
    }

    @Test
    void takesABaseUrlOfSchemeHostAndPortOnly() {
        assertThat(account("+15550001111", URI.create("http://127.0.0.1:8089")).baseUrl())
                .isEqualTo(URI.create("http://127.0.0.1:8089"));
        assertThat(account("+15550001111", URI.create("https://waba-sandbox.360dialog.io/")).baseUrl()).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> account("+15550001111", URI.create("https://h.example/v23.0")));
        assertThatIllegalArgumentException().isThrownBy(() -> account("+15550001111", URI.create("https://h.example?x=1")));
        assertThatIllegalArgumentException().isThrownBy(() -> account("+15550001111", URI.create("ftp://h.example")));
        assertThatIllegalArgumentException().isThrownBy(() -> account("+15550001111", URI.create("https://u:p@h.example")));
    }

    @Test
    void keepsACopyOfTheCredentials() {
        var credentials = new java.util.HashMap<>(Map.of("api_key", "k1"));
        var account = new SenderAccount(SendProvider.DIALOG360, "+15550001111", credentials);
        credentials.put("api_key", "changed");

        assertThat(account.credentials()).containsEntry("api_key", "k1");
    }

    private static SenderAccount account(String number, URI baseUrl) {
        return new SenderAccount(SendProvider.META, number, Map.of(), baseUrl);
    }
}
