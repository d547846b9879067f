package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.OutgoingMessage;

/**
 * The Meta Cloud API message body (meta-cloud-api.md §2), which 360dialog takes unchanged (360dialog.md §2) and
 * AiSensy's Project API takes without Meta's own fields (aisensy.md §2b).
 */
final class CloudApiBody {

    private CloudApiBody() {}

    /** Meta and 360dialog: {@code messaging_product} is required, and our id rides in {@code biz_opaque_callback_data}. */
    static ObjectNode cloudApi(OutgoingMessage message) throws UnsendableMessage {
        ObjectNode body = Json.object().put("messaging_product", "whatsapp");
        addRecipient(body, message);
        // Meta does nothing with it but echo it in every status webhook (§2): the join key before the wamid is known.
        body.put("biz_opaque_callback_data", message.messageId());
        return addContent(body, message.content());
    }

    /**
     * AiSensy's Project API: its examples have neither {@code messaging_product} nor an echo field, and its
     * webhooks are not Meta's, so an echo would come back nowhere.
     */
    static ObjectNode aiSensyProject(OutgoingMessage message) throws UnsendableMessage {
        ObjectNode body = Json.object();
        addRecipient(body, message);
        return addContent(body, message.content());
    }

    /** Digits with the country code: Meta also takes a leading {@code +}, 360dialog and AiSensy show digits only. */
    private static void addRecipient(ObjectNode body, OutgoingMessage message) {
        body.put("recipient_type", "individual").put("to", Digits.of(message.to()));
    }

    private static ObjectNode addContent(ObjectNode body, MessageContent content) throws UnsendableMessage {
        switch (content) {
            case MessageContent.Text text -> {
                body.put("type", "text");
                body.putObject("text").put("body", text.body()).put("preview_url", text.previewUrl());
            }
            case MessageContent.Template template -> {
                body.put("type", "template");
                body.set("template", template(template));
            }
        }
        return body;
    }

    /** Name and language pick the approved translation; {@code deterministic} is the only policy Meta documents. */
    private static ObjectNode template(MessageContent.Template template) throws UnsendableMessage {
        if (template.language() == null || template.language().isBlank()) {
            throw new UnsendableMessage("a Cloud API template needs its language code (en, en_US, ...)");
        }
        ObjectNode node = Json.object().put("name", template.name());
        node.putObject("language").put("code", template.language()).put("policy", "deterministic");
        JsonNode components = components(template);
        if (components != null) {
            node.set("components", components);
        }
        return node;
    }

    /** The caller's own components, or one body component with the parameters as texts, in order ({{1}} first). */
    private static JsonNode components(MessageContent.Template template) throws UnsendableMessage {
        if (template.components() != null) {
            if (!template.components().isArray()) {
                throw new UnsendableMessage("Cloud API template components must be a JSON array");
            }
            return template.components();
        }
        if (template.parameters().isEmpty()) {
            return null;
        }
        ArrayNode components = Json.object().arrayNode();
        ObjectNode bodyComponent = components.addObject().put("type", "body");
        ArrayNode parameters = bodyComponent.putArray("parameters");
        template.parameters().forEach(value -> parameters.addObject().put("type", "text").put("text", value));
        return components;
    }
}
