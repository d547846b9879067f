package zen.gateway.application.port.inbound.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One message to send, as the caller asks for it. It checks what it can alone (a type and what that type needs);
 * the sender, the number formats and the project are checked by the use case.
 *
 * @param from           a sender's business number; null for the project's default sender
 * @param parameters     a template's body parameters in order; null or empty for none
 * @param components     a template's components in the provider's own form, passed through; null for none
 * @param sendAt         the earliest time to send; null for now
 * @param idempotencyKey the caller's {@code Idempotency-Key}; null for none
 * @param force          send a text even when the customer's service window is closed (it will most likely fail)
 */
public record SendCommand(
        String projectOwnerId,
        String from,
        String to,
        String type,
        String body,
        boolean previewUrl,
        String templateName,
        String templateLanguage,
        List<String> parameters,
        JsonNode components,
        String campaignId,
        String reference,
        Instant sendAt,
        String idempotencyKey,
        boolean force) {

    /** WhatsApp's limit on a text message's body. */
    public static final int MAX_BODY = 4096;

    /** A send that respects the customer-service window (campaigns, batches without {@code force}). */
    public SendCommand(String projectOwnerId, String from, String to, String type, String body, boolean previewUrl,
            String templateName, String templateLanguage, List<String> parameters, JsonNode components, String campaignId,
            String reference, Instant sendAt, String idempotencyKey) {
        this(projectOwnerId, from, to, type, body, previewUrl, templateName, templateLanguage, parameters, components,
                campaignId, reference, sendAt, idempotencyKey, false);
    }

    public SendCommand {
        if (projectOwnerId == null || projectOwnerId.isBlank()) {
            throw new IllegalArgumentException("project_owner_id is required");
        }
        if ("text".equals(type)) {
            if (body == null || body.isBlank()) {
                throw new IllegalArgumentException("a text message needs text.body");
            }
            if (body.length() > MAX_BODY) {
                throw new IllegalArgumentException("text.body has " + body.length() + " characters; at most " + MAX_BODY);
            }
        } else if ("template".equals(type)) {
            if (templateName == null || templateName.isBlank()) {
                throw new IllegalArgumentException("a template message needs template.name");
            }
            if (templateLanguage == null || templateLanguage.isBlank()) {
                throw new IllegalArgumentException("a template message needs template.language");
            }
        } else {
            throw new IllegalArgumentException("type must be \"text\" or \"template\", not " + (type == null ? "missing" : "'" + type + "'"));
        }
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw new IllegalArgumentException("Idempotency-Key must have 1 to 255 characters");
        }
    }
}
