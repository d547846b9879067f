package zen.gateway.application.port.outbound.tracking;

import java.util.Objects;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.StatusObservation;

/**
 * One status to apply to one message. {@code newMessageId} is the id to give the message if this update
 * creates it. A store finds the message by wamid when the update has one, else by (bsp, bsp message id).
 */
public record MessageUpdate(String newMessageId, MessageDetails details, StatusObservation observation, Failure failure) {
    public MessageUpdate {
        Objects.requireNonNull(newMessageId, "newMessageId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(observation, "observation");
    }
}
