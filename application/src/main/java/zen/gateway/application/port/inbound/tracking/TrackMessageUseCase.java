package zen.gateway.application.port.inbound.tracking;

import zen.gateway.domain.message.TrackedMessage;

/** Records a message the business sent through a BSP, so that its status webhooks correlate with it. */
public interface TrackMessageUseCase {
    TrackedMessage track(TrackMessageCommand command);
}
