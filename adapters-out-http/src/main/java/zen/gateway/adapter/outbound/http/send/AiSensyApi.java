package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zen.gateway.adapter.outbound.http.send.CredentialRules.Form;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.domain.send.SendErrorClass;
import zen.gateway.domain.send.SendProvider;

/**
 * AiSensy, through whichever of its two APIs the account's credentials open (bsp/send/aisensy.md §1):
 * <ul>
 *   <li>the Project API, {@code POST https://apis.aisensy.com/project-apis/v1/project/{project_id}/messages} with
 *       {@code X-AiSensy-Project-API-Pwd}: Meta's body, text or template, and an id in the reply. The doc's choice
 *       for sending and tracking by id; a paid tier.</li>
 *   <li>the Campaign API, {@code POST https://backend.aisensy.com/campaign/t1/api/v2}, key in the body: templates
 *       only, through a live API campaign named in the dashboard; available on normal plans.</li>
 * </ul>
 * Medium confidence for the requests, low for the replies (§3): they come from third-party code, not AiSensy.
 */
final class AiSensyApi implements ProviderApi {

    static final URI PROJECT_API_BASE = URI.create("https://apis.aisensy.com");
    static final URI CAMPAIGN_API_BASE = URI.create("https://backend.aisensy.com");

    private static final Form PROJECT_API = new Form("the Project API", Set.of("project_id", "project_api_password"));
    private static final Form CAMPAIGN_API = new Form("the Campaign API", Set.of("api_key"));
    private static final CredentialRules CREDENTIALS = new CredentialRules(List.of(PROJECT_API, CAMPAIGN_API), Set.of(),
            Map.of("project_id", Secrets.PATH_SEGMENT, "project_api_password", Secrets.HEADER_VALUE));

    @Override
    public SendProvider provider() {
        return SendProvider.AISENSY;
    }

    @Override
    public CredentialRules credentials() {
        return CREDENTIALS;
    }

    @Override
    public ProviderRequest request(SenderAccount account, OutgoingMessage message) throws UnsendableMessage {
        Map<String, String> credentials = account.credentials();
        if (CREDENTIALS.formOf(credentials).equals(PROJECT_API)) {
            URI url = ProviderUrl.of(PROJECT_API_BASE, account.baseUrl(),
                    "/project-apis/v1/project/" + credentials.get("project_id") + "/messages");
            return ProviderRequest.json(url, Map.of("X-AiSensy-Project-API-Pwd", credentials.get("project_api_password")),
                    Json.write(CloudApiBody.aiSensyProject(message)));
        }
        return ProviderRequest.json(ProviderUrl.of(CAMPAIGN_API_BASE, account.baseUrl(), "/campaign/t1/api/v2"),
                Map.of(), Json.write(campaignBody(credentials.get("api_key"), message)));
    }

    /**
     * The documented path is {@code /campaign/t1/api}; integrations overwhelmingly call {@code /v2} (§2a), which is
     * also where the observed replies come from. The campaign fixes the template, so its name is the template's.
     * {@code userName} is required and names the contact AiSensy creates for a new number; the gateway knows no
     * names, so the number stands in. The number keeps its {@code +}: without one AiSensy assumes India.
     */
    private static ObjectNode campaignBody(String apiKey, OutgoingMessage message) throws UnsendableMessage {
        if (!(message.content() instanceof MessageContent.Template template)) {
            throw new UnsendableMessage("AiSensy's Campaign API sends templates only; free text needs the Project API"
                    + " (project_id, project_api_password)");
        }
        if (template.components() != null) {
            throw new UnsendableMessage("AiSensy's Campaign API takes template parameters only, not components");
        }
        ObjectNode body = Json.object()
                .put("apiKey", apiKey)
                .put("campaignName", template.name())
                .put("destination", message.to())
                .put("userName", message.to());
        if (!template.parameters().isEmpty()) { // its length must equal the template's count (§2a)
            ArrayNode parameters = body.putArray("templateParams");
            template.parameters().forEach(parameters::add);
        }
        return body;
    }

    /**
     * Project API: Meta's reply; whether {@code messages[0].id} is a wamid or AiSensy's own id is unconfirmed (§3),
     * and a wamid always starts with {@code wamid.}, so the id goes where its form says. Campaign API:
     * {@code {"success":"true","submitted_message_id":...}} as observed, not a wamid.
     */
    @Override
    public SendOutcome read(Reply reply) {
        JsonNode body = reply.json();
        if (reply.successful() && !"false".equalsIgnoreCase(Json.text(body, "success"))) {
            if (body.path("messages").isArray()) {
                CloudApiReply.SentMessage sent = CloudApiReply.sentMessage(reply);
                boolean wamid = sent.id() != null && sent.id().startsWith("wamid.");
                return new SendOutcome.Accepted(wamid ? sent.id() : null, wamid ? null : sent.id(), sent.status());
            }
            return new SendOutcome.Accepted(null, Json.text(body, "submitted_message_id"),
                    body.has("success") ? "success" : null);
        }
        return CloudApiReply.error(reply).orElseGet(() -> ownError(reply, body));
    }

    /**
     * Two shapes seen: {@code {"message": ...}} and {@code {"name":"ERR402","errorCode":402,"errorMessage":...}}
     * (§4); read {@code errorMessage}, else {@code message}. Meta's envelope is read first, in case the Project API
     * passes Meta's errors through as 360dialog does: an assumption, nothing shows it.
     */
    private static SendOutcome ownError(Reply reply, JsonNode body) {
        String words = Json.text(body, "errorMessage") != null ? Json.text(body, "errorMessage") : Json.text(body, "message");
        SendErrorClass meaning = AiSensyErrors.classify(words).orElseGet(() -> HttpStatusFallback.classify(reply.status()));
        return Outcomes.of(meaning, Json.text(body, "name"), Outcomes.reason(reply, words != null ? words : reply.snippet()),
                reply.retryAfter());
    }
}
