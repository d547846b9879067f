package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendErrorClass;
import zen.gateway.domain.send.SendProvider;

/**
 * 360dialog's hosted Cloud API, {@code POST https://waba-v2.360dialog.io/messages} with {@code D360-API-KEY}
 * (bsp/send/360dialog.md §1): Meta's body and reply, and the key selects the sender (one key per number).
 */
final class Dialog360Api implements ProviderApi {

    static final URI DOCUMENTED_BASE = URI.create("https://waba-v2.360dialog.io");

    private static final CredentialRules CREDENTIALS = CredentialRules.single(
            Set.of("api_key"), Set.of(), Map.of("api_key", Secrets.HEADER_VALUE));

    @Override
    public SendProvider provider() {
        return SendProvider.DIALOG360;
    }

    @Override
    public CredentialRules credentials() {
        return CREDENTIALS;
    }

    @Override
    public ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage {
        return ProviderRequest.json(ProviderUrl.of(DOCUMENTED_BASE, account.baseUrl(), "/messages"),
                Map.of("D360-API-KEY", account.credentials().get("api_key")),
                Json.write(CloudApiBody.cloudApi(message)));
    }

    /** Meta's errors pass through with Meta's codes; 360dialog's own come in an older envelope or as bare text (§4). */
    @Override
    public SendOutcome read(Reply reply) {
        if (reply.successful()) {
            CloudApiReply.SentMessage sent = CloudApiReply.sentMessage(reply);
            return new SendOutcome.Accepted(sent.id(), null, sent.status());
        }
        return CloudApiReply.error(reply).orElseGet(() -> ownError(reply));
    }

    private static SendOutcome ownError(Reply reply) {
        JsonNode meta = reply.json().path("meta");
        String words = meta.isObject() ? Json.text(meta, "developerMessage") : reply.snippet();
        SendErrorClass meaning = Dialog360Errors.classify(words).orElseGet(() -> HttpStatusFallback.classify(reply.status()));
        return Outcomes.of(meaning, null, Outcomes.reason(reply, words), reply.retryAfter());
    }
}
