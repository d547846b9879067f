package zen.gateway.application.port.outbound.send;

import java.time.Duration;
import java.util.Objects;

/**
 * What became of one send, in the terms the caller acts on (bsp/send/README.md §2 to §4). No provider documents an
 * idempotency key, so only an outcome that says nothing was processed may be resent automatically.
 */
public sealed interface SendOutcome {

    /** True when sending again cannot produce a second message. */
    boolean safeToResend();

    /**
     * The provider took the message: queued, not yet delivered; only status webhooks tell more.
     *
     * @param wamid          WhatsApp's id when the reply gives it (Meta, 360dialog, AiSensy's Project API), else null
     * @param bspMessageId   the provider's own id when it differs from the wamid (Twilio {@code SM…}, Gupshup UUID,
     *                       Karix {@code mid}, AiSensy campaign id), else null; both are null when the reply carries
     *                       no id and only the echoed message id can join later webhooks
     * @param providerStatus the provider's word for the acceptance ({@code accepted}, {@code queued},
     *                       {@code held_for_quality_assessment}, {@code submitted}, …), null when it gives none
     */
    record Accepted(String wamid, String bspMessageId, String providerStatus) implements SendOutcome {
        @Override
        public boolean safeToResend() {
            return false;
        }
    }

    /** Refused for a rate or quota limit and not processed. {@code retryAfter} is null when the provider gave none. */
    record Throttled(Duration retryAfter, String code, String reason) implements SendOutcome {
        public Throttled {
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter cannot be negative: " + retryAfter);
            }
        }

        @Override
        public boolean safeToResend() {
            return true;
        }
    }

    /** Refused, and sending it again unchanged would be refused again. {@code code} is the provider's own. */
    record Rejected(String code, String reason, Kind kind) implements SendOutcome {
        public Rejected {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean safeToResend() {
            return false;
        }

        public enum Kind {
            /** Wrong for this message: recipient, template, parameters, content. */
            PERMANENT,
            /** The customer-service window is closed: send a template instead. */
            OUTSIDE_WINDOW,
            /** Wrong for every message of this sender (credentials, billing, quality, policy): stop the sender. */
            SENDER_BLOCKED
        }
    }

    /**
     * The request went out and no verdict came back (a timeout, a server error, a broken connection): the message
     * may have been sent. Wait for a status webhook carrying the echoed id before deciding to resend.
     */
    record Ambiguous(String reason) implements SendOutcome {
        @Override
        public boolean safeToResend() {
            return false;
        }
    }

    /** Nothing reached the provider (no connection could be made). */
    record NotSent(String reason) implements SendOutcome {
        @Override
        public boolean safeToResend() {
            return true;
        }
    }
}
