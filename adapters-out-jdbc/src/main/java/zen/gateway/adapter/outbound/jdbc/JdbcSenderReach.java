package zen.gateway.adapter.outbound.jdbc;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import zen.gateway.application.port.outbound.campaigns.SenderReach;
import zen.gateway.application.port.outbound.send.SendContents;
import zen.gateway.domain.send.SendState;

/** {@link SenderReach} counted on {@code message_sends} through its (sender_id, created_at) index. Thread-safe. */
final class JdbcSenderReach implements SenderReach {

    private final Jdbi jdbi;

    JdbcSenderReach(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long recipientsReached(String senderId, Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(DISTINCT to_number) FROM message_sends "
                        + "WHERE sender_id = :sender AND created_at > :since AND state <> :failed AND content LIKE :template")
                .bind("sender", senderId)
                .bind("since", since)
                .bind("failed", SendState.FAILED.name())
                .bind("template", SendContents.TEMPLATE_PREFIX + "%")
                .mapTo(Long.class)
                .one());
    }
}
