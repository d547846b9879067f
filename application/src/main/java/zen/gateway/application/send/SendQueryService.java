package zen.gateway.application.send;

import java.util.Optional;
import zen.gateway.application.port.inbound.send.FindSendQuery;
import zen.gateway.application.port.inbound.send.SendDetails;
import zen.gateway.application.port.outbound.send.SendRecord;
import zen.gateway.application.port.outbound.send.SendStore;
import zen.gateway.application.port.outbound.tracking.MessageReads;
import zen.gateway.domain.message.TrackedMessage;

/**
 * Finds a send by any of its ids and joins what status webhooks reported, by the wamid or the provider's id the send
 * got. The join is made when read, so the order in which the provider's reply and its first webhook arrive does not
 * matter, and no second record is ever made. Thread-safe.
 */
public final class SendQueryService implements FindSendQuery {

    private final SendStore sends;
    private final MessageReads messages;

    public SendQueryService(SendStore sends, MessageReads messages) {
        this.sends = sends;
        this.messages = messages;
    }

    @Override
    public Optional<SendDetails> findSend(String id) {
        return sends.findByAnyId(id).map(send -> new SendDetails(SentMessages.of(send), tracked(send)));
    }

    private Optional<TrackedMessage> tracked(SendRecord send) {
        if (send.wamid() != null) {
            Optional<TrackedMessage> byWamid = messages.find(send.wamid());
            if (byWamid.isPresent()) {
                return byWamid;
            }
        }
        return send.bspMessageId() == null ? Optional.empty() : messages.find(send.bspMessageId());
    }
}
