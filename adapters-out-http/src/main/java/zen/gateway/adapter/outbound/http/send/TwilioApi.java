package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zen.gateway.adapter.outbound.http.send.CredentialRules.Form;
import zen.gateway.adapter.outbound.http.send.CredentialRules.Shape;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendErrorClass;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.TwilioErrorCodes;

/**
 * Twilio Programmable Messaging, {@code POST https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded, HTTP Basic (bsp/send/twilio.md §1). Answers 201 with the Message resource, whose {@code sid} is the
 * only id Twilio ever gives: no wamid (§3).
 */
final class TwilioApi implements ProviderApi {

    static final URI DOCUMENTED_BASE = URI.create("https://api.twilio.com");

    /** A Content Template SID: {@code HX} and 32 hex digits (§2, [T-content-api]). */
    private static final Pattern CONTENT_SID = Pattern.compile("HX[0-9a-fA-F]{32}");

    private static final Form AUTH_TOKEN = new Form("an auth token", Set.of("account_sid", "auth_token"));
    /** Twilio recommends API keys for servers (§1). */
    private static final Form API_KEY = new Form("an API key", Set.of("account_sid", "api_key_sid", "api_key_secret"));
    private static final CredentialRules CREDENTIALS = new CredentialRules(List.of(AUTH_TOKEN, API_KEY), Set.of(),
            Map.of("account_sid", Shape.of("AC[0-9a-fA-F]{32}", "an Account SID: AC and 32 hex digits"),
                    "api_key_sid", Shape.of("SK[0-9a-fA-F]{32}", "an API key SID: SK and 32 hex digits")));

    @Override
    public SendProvider provider() {
        return SendProvider.TWILIO;
    }

    @Override
    public CredentialRules credentials() {
        return CREDENTIALS;
    }

    @Override
    public ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage {
        Map<String, String> credentials = account.credentials();
        URI url = ProviderUrl.of(DOCUMENTED_BASE, account.baseUrl(),
                "/2010-04-01/Accounts/" + credentials.get("account_sid") + "/Messages.json");
        // The whatsapp: prefix selects the channel (§2).
        FormBody form = new FormBody()
                .add("To", "whatsapp:" + message.to())
                .add("From", "whatsapp:" + account.businessNumber());
        addContent(form, message.content());
        if (message.statusCallback() != null) {
            form.add("StatusCallback", message.statusCallback().toString());
        }
        return ProviderRequest.form(url, Map.of("Authorization", basicAuth(credentials)), form);
    }

    /**
     * Text goes in {@code Body}; WhatsApp has no link-preview switch here. Templates go by {@code ContentSid} with
     * the variables as a JSON string, never as {@code Body}: since April 2025 a template sent as text fails with
     * 63016 (§2b).
     */
    private static void addContent(FormBody form, MessageContent content) throws UnsendableMessage {
        switch (content) {
            case MessageContent.Text text -> form.add("Body", text.body());
            case MessageContent.Template template -> {
                if (!CONTENT_SID.matcher(template.name()).matches()) {
                    throw new UnsendableMessage("a Twilio template is named by its Content SID (HX and 32 hex digits), not "
                            + template.name());
                }
                form.add("ContentSid", template.name());
                JsonNode variables = variables(template);
                if (variables != null) {
                    form.add("ContentVariables", Json.write(variables));
                }
            }
        }
    }

    /** {@code {"1": first, "2": second}}, or the caller's own object (named variables, §2). */
    private static JsonNode variables(MessageContent.Template template) throws UnsendableMessage {
        if (template.components() != null) {
            if (!template.components().isObject()) {
                throw new UnsendableMessage("Twilio takes template components as a ContentVariables JSON object");
            }
            return template.components();
        }
        if (template.parameters().isEmpty()) {
            return null;
        }
        ObjectNode variables = Json.object();
        for (int i = 0; i < template.parameters().size(); i++) {
            variables.put(String.valueOf(i + 1), template.parameters().get(i));
        }
        return variables;
    }

    private static String basicAuth(Map<String, String> credentials) {
        String pair = CREDENTIALS.formOf(credentials).equals(API_KEY)
                ? credentials.get("api_key_sid") + ":" + credentials.get("api_key_secret")
                : credentials.get("account_sid") + ":" + credentials.get("auth_token");
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Errors carry Twilio's own {@code code} (§4, [T-errbody]); the status says little beyond it. */
    @Override
    public SendOutcome read(Reply reply) {
        JsonNode body = reply.json();
        if (reply.successful()) {
            return new SendOutcome.Accepted(null, Json.text(body, "sid"), Json.text(body, "status"));
        }
        JsonNode code = body.path("code");
        if (!code.canConvertToInt()) {
            return Outcomes.byStatus(reply);
        }
        SendErrorClass meaning = TwilioErrorCodes.classify(code.asInt())
                .orElseGet(() -> HttpStatusFallback.classify(reply.status()));
        return Outcomes.of(meaning, code.asText(), Outcomes.reason(reply, Json.text(body, "message")), reply.retryAfter());
    }
}
