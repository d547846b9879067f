package zen.gateway.application.forwarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zen.gateway.domain.event.BspNotice;
import zen.gateway.domain.event.CampaignMoved;
import zen.gateway.domain.event.GatewayEvent;
import zen.gateway.domain.event.InboundMessage;
import zen.gateway.domain.event.StatusEvent;

/**
 * The body customers receive: {@code {event_type, event_id, timestamp, data, message}}, where {@code data} is
 * the BSP's payload unchanged and {@code message} the gateway's normalized view, the same for every BSP.
 * Rendered once per event and stored with each delivery, so every attempt sends the same bytes.
 */
final class ForwardPayloads {

    private final ObjectMapper json = new ObjectMapper();

    String render(GatewayEvent event, JsonNode original, String projectOwnerId) {
        ObjectNode body = json.createObjectNode();
        body.put("event_type", event.bspTopic().value());
        body.put("event_id", event.eventId().value());
        body.put("timestamp", event.occurredAt().toString());
        body.set("data", original);
        body.set("message", view(event, projectOwnerId));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built here always serializes", e);
        }
    }

    private ObjectNode view(GatewayEvent event, String projectOwnerId) {
        ObjectNode view = json.createObjectNode();
        view.put("bsp", event.bsp() == null ? null : event.bsp().id());
        view.put("topic", event.neutralTopic().value());
        switch (event) {
            case StatusEvent status -> {
                view.put("direction", "outbound");
                view.put("wamid", status.wamid());
                view.put("bsp_message_id", status.bspMessageId());
                view.put("status", status.status().wireName());
                view.put("phone_number", status.customerNumber());
                view.put("campaign_id", status.campaignId());
                if (status.failure() != null) {
                    ObjectNode failure = view.putObject("failure");
                    failure.put("code", status.failure().code());
                    failure.put("reason", status.failure().reason());
                } else {
                    view.putNull("failure");
                }
            }
            case InboundMessage inbound -> {
                view.put("direction", "inbound");
                view.put("wamid", inbound.messageId());
                view.put("phone_number", inbound.customerNumber());
                view.put("profile_name", inbound.profileName());
                view.put("content_type", inbound.contentType());
                view.put("text", inbound.text());
                view.put("reply_to", inbound.replyTo());
            }
            case BspNotice notice -> {
                view.put("direction", "notice");
                view.put("subject", notice.subject());
            }
            case CampaignMoved campaign -> {
                view.put("direction", "campaign");
                view.put("campaign_id", campaign.campaignId());
            }
        }
        view.put("business_number", event.businessNumber());
        view.put("project_owner_id", projectOwnerId);
        view.put("occurred_at", event.occurredAt().toString());
        return view;
    }
}
