package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendErrorClass;
import zen.gateway.domain.send.SendProvider;

/**
 * Gupshup's self-serve API, {@code POST https://api.gupshup.io/wa/api/v1/msg} for text and
 * {@code .../wa/api/v1/template/msg} for templates, form-encoded, key in an {@code apikey} header (bsp/send/gupshup.md
 * §1, the part its doc is sure of). The reply's {@code messageId} is Gupshup's id; the wamid only comes later, in
 * the {@code enqueued} event (§3). The partner APIs are left out: their auth header is disputed and their app token
 * must be fetched and renewed.
 */
final class GupshupApi implements ProviderApi {

    static final URI DOCUMENTED_BASE = URI.create("https://api.gupshup.io");

    /** Templates are chosen by Gupshup's template UUID, not by name and language (§2b). */
    private static final Pattern TEMPLATE_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static final CredentialRules CREDENTIALS = CredentialRules.single(
            Set.of("api_key", "app_name"), Set.of(), Map.of("api_key", Secrets.HEADER_VALUE));

    @Override
    public SendProvider provider() {
        return SendProvider.GUPSHUP;
    }

    @Override
    public CredentialRules credentials() {
        return CREDENTIALS;
    }

    /**
     * The source is the account's number and {@code src.name} the app bound to it (§2); the header is
     * {@code apikey}, as every curl shows, not the {@code api_key} of one guide's table (§1).
     */
    @Override
    public ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage {
        FormBody form = new FormBody()
                .add("channel", "whatsapp")
                .add("source", Digits.of(account.businessNumber()))
                .add("destination", Digits.of(message.to()))
                .add("src.name", account.credentials().get("app_name"));
        String path = switch (message.content()) {
            case MessageContent.Text text -> {
                form.add("message", Json.write(Json.object()
                        .put("type", "text").put("text", text.body()).put("previewUrl", text.previewUrl())));
                yield "/wa/api/v1/msg";
            }
            case MessageContent.Template template -> {
                form.add("template", Json.write(template(template)));
                yield "/wa/api/v1/template/msg";
            }
        };
        return ProviderRequest.form(ProviderUrl.of(DOCUMENTED_BASE, account.baseUrl(), path),
                Map.of("apikey", account.credentials().get("api_key")), form);
    }

    /** {@code {"id": uuid, "params": [...]}}: the params fill {{1}}..{{n}} in order; the language is in the UUID. */
    private static ObjectNode template(MessageContent.Template template) throws UnsendableMessage {
        if (!TEMPLATE_ID.matcher(template.name()).matches()) {
            throw new UnsendableMessage("a Gupshup template is named by its template UUID, not " + template.name());
        }
        if (template.components() != null) {
            throw new UnsendableMessage("Gupshup templates take parameters only, not components");
        }
        ObjectNode node = Json.object().put("id", template.name());
        template.parameters().forEach(node.putArray("params")::add);
        return node;
    }

    /**
     * Any 2xx is success (the reference shows 200 for text, 202 for templates), the body is read whatever its
     * Content-Type ({@code text/html} in the reference), and a {@code status} of {@code error} is an error (§3).
     */
    @Override
    public SendOutcome read(Reply reply) {
        JsonNode body = reply.json();
        String status = Json.text(body, "status");
        if (reply.successful() && !"error".equalsIgnoreCase(status)) {
            return new SendOutcome.Accepted(null, Json.text(body, "messageId"), status);
        }
        String message = Json.text(body, "message");
        SendErrorClass meaning = GupshupReplies.classify(message)
                .orElseGet(() -> HttpStatusFallback.classify(reply.status()));
        return Outcomes.of(meaning, null, Outcomes.reason(reply, message != null ? message : reply.snippet()),
                reply.retryAfter());
    }
}
