package zen.gateway.application.port.outbound.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's content as one JSON text, the form every store keeps it in: a send is stored before it goes out, and
 * the worker that sends it (on this node or another) reads it back whole.
 */
public final class SendContents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How every template's JSON begins ({@link #toJson} writes the type first): how a store picks templates out. */
    public static final String TEMPLATE_PREFIX = "{\"type\":\"template\"";

    private SendContents() {}

    public static String toJson(MessageContent content) {
        ObjectNode node = JSON.createObjectNode();
        switch (content) {
            case MessageContent.Text text -> {
                node.put("type", "text");
                node.put("body", text.body());
                node.put("preview_url", text.previewUrl());
            }
            case MessageContent.Template template -> {
                node.put("type", "template");
                node.put("name", template.name());
                node.put("language", template.language());
                template.parameters().forEach(node.putArray("parameters")::add);
                if (template.components() != null) {
                    node.set("components", template.components());
                }
            }
        }
        return node.toString();
    }

    public static MessageContent fromJson(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored send's content is not JSON", e);
        }
        if ("text".equals(node.path("type").asText())) {
            return new MessageContent.Text(node.path("body").asText(), node.path("preview_url").asBoolean());
        }
        List<String> parameters = new ArrayList<>();
        node.path("parameters").forEach(p -> parameters.add(p.asText()));
        JsonNode language = node.get("language");
        return new MessageContent.Template(node.path("name").asText(),
                language == null || language.isNull() ? null : language.asText(), parameters, node.get("components"));
    }

    /** {@code text} or {@code template}, as the API names the type. */
    public static String type(MessageContent content) {
        return content instanceof MessageContent.Text ? "text" : "template";
    }
}
