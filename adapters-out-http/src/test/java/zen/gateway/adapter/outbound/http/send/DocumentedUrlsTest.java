package zen.gateway.adapter.outbound.http.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/** Without a base URL every request goes to the URL its provider's doc names (§1 of each file in bsp/send/). */
class DocumentedUrlsTest {

    private static final OutgoingMessage TEXT = new OutgoingMessage("gw-1", "+919800000001", new MessageContent.Text("hi", false));
    private static final OutgoingMessage TEMPLATE = new OutgoingMessage("gw-1", "+919800000001",
            new MessageContent.Template("0d9e8f7a-0000-4000-8000-000000000f01", "en", List.of("Asha")));

    @Test
    void meta() throws UnsendableMessage {
        assertThat(url(new MetaCloudApi(), Map.of("access_token", "t", "phone_number_id", "200000000000002"), TEXT))
                .isEqualTo(URI.create("https://graph.facebook.com/v23.0/200000000000002/messages"));
    }

    @Test
    void dialog360() throws UnsendableMessage {
        assertThat(url(new Dialog360Api(), Map.of("api_key", "k"), TEXT))
                .isEqualTo(URI.create("https://waba-v2.360dialog.io/messages"));
    }

    @Test
    void twilio() throws UnsendableMessage {
        assertThat(url(new TwilioApi(), Map.of("account_sid", "AC00000000000000000000000000000001", "auth_token", "t"), TEXT))
                .isEqualTo(URI.create("https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json"));
    }

    @Test
    void gupshup() throws UnsendableMessage {
        Map<String, String> credentials = Map.of("api_key", "k", "app_name", "App");
        assertThat(url(new GupshupApi(), credentials, TEXT)).isEqualTo(URI.create("https://api.gupshup.io/wa/api/v1/msg"));
        assertThat(url(new GupshupApi(), credentials, TEMPLATE))
                .isEqualTo(URI.create("https://api.gupshup.io/wa/api/v1/template/msg"));
    }

    @Test
    void aiSensy() throws UnsendableMessage {
        assertThat(url(new AiSensyApi(), Map.of("project_id", "p1", "project_api_password", "pw"), TEXT))
                .isEqualTo(URI.create("https://apis.aisensy.com/project-apis/v1/project/p1/messages"));
        assertThat(url(new AiSensyApi(), Map.of("api_key", "k"), TEMPLATE))
                .isEqualTo(URI.create("https://backend.aisensy.com/campaign/t1/api/v2"));
    }

    @Test
    void karix() throws UnsendableMessage {
        assertThat(url(new KarixApi(), Map.of("api_key", "k"), TEXT))
                .isEqualTo(URI.create("https://rcmapi.instaalerts.zone/services/rcm/sendMessage"));
    }

    @Test
    void aBaseUrlKeepsTheDocumentedPathWhateverItsForm() {
        URI documented = URI.create("https://graph.facebook.com");
        assertThat(ProviderUrl.of(documented, URI.create("https://waba-sandbox.360dialog.io/"), "/messages"))
                .isEqualTo(URI.create("https://waba-sandbox.360dialog.io/messages"));
        assertThat(ProviderUrl.of(documented, URI.create("http://[::1]:8089"), "/v23.0/1/messages"))
                .isEqualTo(URI.create("http://[::1]:8089/v23.0/1/messages"));
    }

    private static URI url(ProviderApi api, Map<String, String> credentials, OutgoingMessage message) throws UnsendableMessage {
        assertThat(api.credentials().problems(credentials)).isEmpty();
        return api.request(new SenderAccount(api.provider(), "+15550001111", credentials), message).url();
    }

    @Test
    void everyProviderHasAClient() {
        try (BspSendClients clients = BspSendClients.start(BspSendSettings.defaults())) {
            assertThat(clients.all()).containsOnlyKeys(SendProvider.values());
            clients.all().forEach((provider, client) -> assertThat(client.provider()).isEqualTo(provider));
        }
    }
}
