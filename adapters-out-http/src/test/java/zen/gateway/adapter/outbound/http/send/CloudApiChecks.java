package zen.gateway.adapter.outbound.http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Meta's message body (bsp/send/meta-cloud-api.md §2), as Meta, 360dialog and AiSensy's Project API take it. Only
 * {@code text} and {@code template} messages: the others are not sent by the gateway.
 */
final class CloudApiChecks {

    private static final Set<String> FIELDS = Set.of("messaging_product", "recipient_type", "to", "type", "context",
            "biz_opaque_callback_data", "text", "template");

    private CloudApiChecks() {}

    /** @param metaFields whether {@code messaging_product} is required (Meta, 360dialog) or optional (AiSensy) */
    static void check(JsonNode body, boolean metaFields, Checks checks) {
        checks.object(body, "the body");
        if (!body.isObject()) {
            return;
        }
        checks.onlyKnownFields(body, FIELDS, "");
        if (metaFields || body.has("messaging_product")) {
            checks.equalsText(body, "messaging_product", "whatsapp", "");
        }
        if (body.has("recipient_type")) {
            String type = body.path("recipient_type").asText();
            checks.expect(type.equals("individual") || type.equals("group"), "recipient_type must be individual or group");
        }
        checks.matches(checks.text(body, "to", ""), Checks.NUMBER_WITH_OPTIONAL_PLUS, "to");
        if (body.has("biz_opaque_callback_data")) {
            JsonNode echo = body.path("biz_opaque_callback_data");
            checks.expect(echo.isTextual() && echo.asText().length() <= 512, "biz_opaque_callback_data must be a string of at most 512 characters");
        }
        String type = checks.text(body, "type", "");
        if ("text".equals(type)) {
            checks.expect(!body.has("template"), "a text message has no template");
            text(body.path("text"), checks);
        } else if ("template".equals(type)) {
            checks.expect(!body.has("text"), "a template message has no text");
            template(body.path("template"), checks);
        } else if (type != null) {
            checks.add("type " + type + " is not one the stand-in takes (text, template)");
        }
    }

    private static void text(JsonNode text, Checks checks) {
        checks.object(text, "text");
        String body = checks.text(text, "body", "text.");
        checks.expect(body == null || body.length() <= 4096, "text.body has at most 4096 characters");
        checks.booleanIfPresent(text, "preview_url", "text.");
        checks.onlyKnownFields(text, Set.of("body", "preview_url"), "text.");
    }

    private static void template(JsonNode template, Checks checks) {
        checks.object(template, "template");
        checks.text(template, "name", "template.");
        JsonNode language = template.path("language");
        checks.object(language, "template.language");
        checks.text(language, "code", "template.language.");
        if (language.has("policy")) {
            checks.equalsText(language, "policy", "deterministic", "template.language.");
        }
        checks.onlyKnownFields(template, Set.of("name", "language", "components"), "template.");
        JsonNode components = template.path("components");
        if (components.isMissingNode()) {
            return;
        }
        checks.expect(components.isArray(), "template.components must be an array");
        for (JsonNode component : components) {
            String where = "template.components[].";
            String type = checks.text(component, "type", where);
            checks.expect(type == null || Set.of("header", "body", "button").contains(type), where + "type must be header, body or button");
            if ("button".equals(type)) {
                checks.text(component, "sub_type", where);
                checks.text(component, "index", where);
            }
            parameters(component.path("parameters"), where, checks);
        }
    }

    private static void parameters(JsonNode parameters, String where, Checks checks) {
        if (parameters.isMissingNode()) {
            return;
        }
        checks.expect(parameters.isArray(), where + "parameters must be an array");
        for (JsonNode parameter : parameters) {
            String type = checks.text(parameter, "type", where + "parameters[].");
            if ("text".equals(type)) {
                checks.text(parameter, "text", where + "parameters[].");
            }
        }
    }
}
