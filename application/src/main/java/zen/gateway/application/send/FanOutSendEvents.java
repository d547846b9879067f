package zen.gateway.application.send;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zen.gateway.application.forwarding.DeliveryPlanner;
import zen.gateway.application.port.outbound.send.MessageContent;
import zen.gateway.application.port.outbound.send.SendContents;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.domain.event.EventId;
import zen.gateway.domain.event.StatusEvent;
import zen.gateway.domain.event.Topic;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.send.SendState;

/**
 * Send outcomes as events like any other, fanned out to the project's subscribed endpoints: {@code message.queued},
 * {@code message.accepted}, {@code message.failed}, in the shape of status events ({@code message} the normalized
 * view, {@code data} the send as the API shows it). An unknown outcome makes no event: a webhook or its deadline
 * settles it later. A send without a wamid or BSP id yet carries our message id as its BSP id. Thread-safe.
 */
public final class FanOutSendEvents implements SendEvents {

    private static final System.Logger LOG = System.getLogger(FanOutSendEvents.class.getName());

    private final DeliveryPlanner planner;

    public FanOutSendEvents(DeliveryPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void queued(SendRecord send) {
        fanOut(send, "message.queued", MessageStatus.ACCEPTED);
    }

    @Override
    public void settled(SendRecord send) {
        if (send.state() == SendState.ACCEPTED) {
            fanOut(send, "message.accepted", MessageStatus.ACCEPTED);
        } else if (send.state() == SendState.FAILED) {
            fanOut(send, "message.failed", MessageStatus.FAILED);
        }
    }

    private void fanOut(SendRecord send, String topic, MessageStatus status) {
        Failure failure = send.failure() == null ? null : new Failure(send.failure().code(), send.failure().reason());
        StatusEvent event = new StatusEvent(EventId.derive("send", send.messageId(), topic),
                send.provider().webhookBsp(), Topic.of(topic), send.updatedAt(), send.wamid(),
                send.wamid() == null && send.bspMessageId() == null ? send.messageId() : send.bspMessageId(), status,
                send.to(), send.from(), send.projectOwnerId(), send.campaignId(), failure, send.messageId());
        try {
            planner.plan(List.of(new DeliveryPlanner.Event(event, data(send), send.projectOwnerId())));
        } catch (RuntimeException e) {
            // the send itself is stored and goes on; only its notification is lost
            LOG.log(System.Logger.Level.WARNING, "could not fan out " + topic + " of " + send.messageId(), e);
        }
    }

    private static ObjectNode data(SendRecord send) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("message_id", send.messageId());
        data.put("send_state", send.state().wireName());
        data.put("bsp", send.provider().id());
        data.put("type", SendContents.type(send.content()));
        if (send.content() instanceof MessageContent.Template template) {
            data.put("template_name", template.name());
        }
        data.put("from", send.from());
        data.put("to", send.to());
        data.put("reference", send.reference());
        data.put("wamid", send.wamid());
        data.put("bsp_message_id", send.bspMessageId());
        if (send.failure() != null) {
            data.putObject("failure").put("code", send.failure().code()).put("reason", send.failure().reason())
                    .put("retryable", send.failure().retryable());
        }
        return data;
    }
}
