package zen.gateway.application.port.inbound.send;

import java.util.Optional;
import zen.gateway.domain.message.TrackedMessage;

/** A send and what status webhooks said of it since (joined by wamid or provider id), if any arrived yet. */
public record SendDetails(SentMessage send, Optional<TrackedMessage> tracked) {}
