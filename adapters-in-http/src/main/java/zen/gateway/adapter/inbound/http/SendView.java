package zen.gateway.adapter.inbound.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import zen.gateway.application.port.inbound.send.SendDetails;
import zen.gateway.application.port.inbound.send.SentMessage;
import zen.gateway.domain.send.SendState;

/**
 * A sent message as the API shows it: the request, where the send stands, the provider's answer, and the lifecycle
 * the status webhooks reported ({@code tracking}, null until the first one). {@code status} is the one word for all
 * of it: {@code queued} until the provider answers, then the tracked status once a webhook arrived.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SendView(
        // One component per field of the JSON answer.
        String messageId,
        String direction,
        String projectOwnerId,
        String status,
        String sendState,
        Request request,
        String bsp,
        String wamid,
        String bspMessageId,
        String providerStatus,
        Failure failure,
        int attempts,
        Instant createdAt,
        Instant updatedAt,
        MessageView tracking) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Request(String type, String templateName, String templateLanguage, String from, String to, String reference,
            String campaignId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Failure(String code, String reason, String bsp, boolean retryable) {}

    static SendView of(SentMessage s) {
        return of(s, null);
    }

    static SendView of(SendDetails details) {
        return of(details.send(), details.tracked().map(MessageView::of).orElse(null));
    }

    private static SendView of(SentMessage s, MessageView tracking) {
        return new SendView(s.messageId(), "outbound", s.projectOwnerId(), status(s, tracking), s.state().wireName(),
                new Request(s.type(), s.templateName(), s.templateLanguage(), s.from(), s.to(), s.reference(), s.campaignId()),
                s.provider().id(), s.wamid(), s.bspMessageId(), s.providerStatus(),
                s.failure() == null ? null : new Failure(s.failure().code(), s.failure().reason(), s.provider().id(),
                        s.failure().retryable()),
                s.attempts(), s.createdAt(), s.updatedAt(), tracking);
    }

    /** {@code queued} ranks below every status a webhook reports, so the first webhook always moves it on. */
    private static String status(SentMessage s, MessageView tracking) {
        if (tracking != null && !(s.state() == SendState.FAILED && "accepted".equals(tracking.currentStatus()))) {
            return tracking.currentStatus();
        }
        return switch (s.state()) {
            case QUEUED, SENDING -> "queued";
            default -> s.state().wireName();
        };
    }
}
