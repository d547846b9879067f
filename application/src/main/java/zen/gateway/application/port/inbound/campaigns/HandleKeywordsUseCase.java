package zen.gateway.application.port.inbound.campaigns;

import zen.gateway.domain.event.InboundMessage;

/** Inbound messages as processing sees them, for the stop and start keywords of the opt-out list. */
public interface HandleKeywordsUseCase {

    /** Nothing to do with keywords. */
    HandleKeywordsUseCase NONE = (message, project) -> {};

    /** An inbound message of {@code project} (null when none is known). Idempotent: a batch may be processed again. */
    void received(InboundMessage message, String project);
}
