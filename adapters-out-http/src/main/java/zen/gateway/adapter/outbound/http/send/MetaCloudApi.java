package zen.gateway.adapter.outbound.http.send;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import zen.gateway.adapter.outbound.http.send.CredentialRules.Shape;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendProvider;

/**
 * Meta Cloud API, {@code POST https://graph.facebook.com/{version}/{phone-number-id}/messages} with a Bearer token
 * (bsp/send/meta-cloud-api.md §1). The reply's {@code messages[0].id} is the wamid (§3).
 */
final class MetaCloudApi implements ProviderApi {

    static final URI DOCUMENTED_BASE = URI.create("https://graph.facebook.com");
    /**
     * Pinned, as §1 advises: behaviour changes per Graph version (v24.0 changed the status webhooks). An account
     * moves on by setting {@code api_version}.
     */
    static final String DEFAULT_API_VERSION = "v23.0";

    private static final CredentialRules CREDENTIALS = CredentialRules.single(
            Set.of("access_token", "phone_number_id"), Set.of("api_version"),
            Map.of("access_token", Secrets.HEADER_VALUE,
                    // the phone number's Graph id, not the display number (§1)
                    "phone_number_id", Shape.of("[0-9]+", "the phone number's Graph id (digits), not the number itself"),
                    "api_version", Shape.of("v[0-9]+\\.[0-9]+", "a Graph version such as v23.0")));

    @Override
    public SendProvider provider() {
        return SendProvider.META;
    }

    @Override
    public CredentialRules credentials() {
        return CREDENTIALS;
    }

    @Override
    public ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage {
        Map<String, String> credentials = account.credentials();
        String version = credentials.getOrDefault("api_version", DEFAULT_API_VERSION);
        URI url = ProviderUrl.of(DOCUMENTED_BASE, account.baseUrl(),
                "/" + version + "/" + credentials.get("phone_number_id") + "/messages");
        return ProviderRequest.json(url, Map.of("Authorization", "Bearer " + credentials.get("access_token")),
                Json.write(CloudApiBody.cloudApi(message)));
    }

    @Override
    public SendOutcome read(Reply reply) {
        if (reply.successful()) {
            CloudApiReply.SentMessage sent = CloudApiReply.sentMessage(reply);
            return new SendOutcome.Accepted(sent.id(), null, sent.status());
        }
        return CloudApiReply.error(reply).orElseGet(() -> Outcomes.byStatus(reply));
    }
}
