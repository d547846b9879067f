package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendErrorClass;
import zen.gateway.domain.send.SendProvider;

/**
 * Karix (Tanla) RCM, channel {@code WABA}: {@code POST https://rcmapi.instaalerts.zone/services/rcm/sendMessage} with
 * the header {@code Authentication: Bearer <key>}, literally "Authentication" (bsp/send/karix-datagen.md §1). No
 * public official doc: the request is what many integrations agree on (medium confidence), the reply one captured
 * sample (§3). Datagen accounts that hand out an RCM key use this API on their own host, through the base URL (§7).
 */
final class KarixApi implements ProviderApi {

    static final URI DOCUMENTED_BASE = URI.create("https://rcmapi.instaalerts.zone");
    /** Every sample sends this version (§2). */
    static final String META_DATA_VERSION = "v1.0.9";

    /**
     * {@code webhook_dn_id} selects the webhook profile Karix configured for the account's DLRs (§2): "1001" in almost
     * every sample, but it is the account's, so it is sent only when given.
     */
    private static final CredentialRules CREDENTIALS = CredentialRules.single(Set.of("api_key"), Set.of("webhook_dn_id"),
            Map.of("api_key", Secrets.HEADER_VALUE, "webhook_dn_id", Secrets.PATH_SEGMENT));

    @Override
    public SendProvider provider() {
        return SendProvider.KARIX;
    }

    @Override
    public CredentialRules credentials() {
        return CREDENTIALS;
    }

    @Override
    public ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage {
        ObjectNode body = Json.object();
        ObjectNode envelope = body.putObject("message").put("channel", "WABA");
        envelope.set("content", content(message.content()));
        ObjectNode recipient = envelope.putObject("recipient")
                .put("to", Digits.of(message.to())).put("recipient_type", "individual");
        // Echoed back in the DLR (§2): the join key, as the mid is only known once the reply arrives.
        recipient.putObject("reference").put("cust_ref", message.messageId());
        envelope.putObject("sender").put("from", Digits.of(account.businessNumber()));
        String webhookProfile = account.credentials().get("webhook_dn_id");
        if (webhookProfile != null) {
            envelope.putObject("preferences").put("webHookDNId", webhookProfile);
        }
        body.putObject("metaData").put("version", META_DATA_VERSION);
        return ProviderRequest.json(ProviderUrl.of(DOCUMENTED_BASE, account.baseUrl(), "/services/rcm/sendMessage"),
                Map.of("Authentication", "Bearer " + account.credentials().get("api_key")), Json.write(body));
    }

    /** Parameters are an object keyed "0", "1", … ("0" fills {{1}}), not an array (§2b). */
    private static ObjectNode content(MessageContent content) throws UnsendableMessage {
        return switch (content) {
            case MessageContent.Text text -> Json.object()
                    .put("preview_url", text.previewUrl()).put("type", "TEXT").put("text", text.body());
            case MessageContent.Template template -> {
                if (template.components() != null) {
                    throw new UnsendableMessage("Karix templates take parameters only, not components");
                }
                ObjectNode node = Json.object().put("preview_url", false).put("type", "TEMPLATE");
                ObjectNode templateNode = node.putObject("template").put("templateId", template.name());
                ObjectNode values = templateNode.putObject("parameterValues");
                for (int i = 0; i < template.parameters().size(); i++) {
                    values.put(String.valueOf(i), template.parameters().get(i));
                }
                if (template.language() != null) {
                    templateNode.put("language", template.language());
                }
                yield node;
            }
        };
    }

    /**
     * Success is a 2xx whose body's {@code statusCode} (a string) is "200" (§3); whether Karix ever answers HTTP 200
     * with another statusCode is unknown, so both are checked. A 2xx without a statusCode is still an acceptance.
     */
    @Override
    public SendOutcome read(Reply reply) {
        JsonNode body = reply.json();
        String statusCode = Json.text(body, "statusCode");
        if (reply.successful() && (statusCode == null || statusCode.equals("200"))) {
            return new SendOutcome.Accepted(null, Json.text(body, "mid"), Json.text(body, "statusDesc"));
        }
        Integer code = number(statusCode);
        SendErrorClass meaning = KarixErrors.classify(code != null ? code : reply.status());
        String words = Json.text(body, "statusDesc");
        return Outcomes.of(meaning, statusCode, Outcomes.reason(reply, words != null ? words : reply.snippet()),
                reply.retryAfter());
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
