package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import zen.gateway.adapter.outbound.http.send.BspSendSettings;
import zen.gateway.application.send.SendSettings;

/**
 * How messages are sent through the BSPs ({@code send:} in the configuration). Timeouts as bsp/send/README.md §5
 * suggests; a send whose outcome is unknown waits {@code unknownOutcomeAfter} for a status webhook.
 */
public class SendConfig {

    @NotNull
    @JsonProperty
    public Duration connectTimeout = Duration.seconds(5);

    @NotNull
    @JsonProperty
    public Duration requestTimeout = Duration.seconds(30);

    @NotNull
    @JsonProperty
    public Duration unknownOutcomeAfter = Duration.minutes(10);

    @Min(1) @Max(100)
    @JsonProperty
    public int maxAttempts = 8;

    @NotNull
    @JsonProperty
    public Duration firstBackoff = Duration.seconds(1);

    @NotNull
    @JsonProperty
    public Duration maxBackoff = Duration.minutes(5);

    @NotNull
    @JsonProperty
    public Duration idempotencyWindow = Duration.hours(24);

    @Min(1) @Max(100_000)
    @JsonProperty
    public int maxInFlight = 256;

    /**
     * How long a sender's breaker stays open after its BSP refused the sender itself (credentials, billing, policy):
     * its sends wait queued meanwhile, then one trial send goes out.
     */
    @NotNull
    @JsonProperty
    public Duration senderBreakerOpenFor = Duration.minutes(1);

    /**
     * Embedded transport: how often the store's queued sends are looked at when nothing nudges the poller (sends queued
     * on other nodes, back-offs ending).
     */
    @NotNull
    @JsonProperty
    public Duration pollInterval = Duration.milliseconds(100);

    /**
     * RabbitMQ transport only: how often the store is swept for queued sends that are due, which the send queue does
     * not hand over (stored while the broker was away, by a node that died before publishing, or due beyond the longest
     * delay queue). The queue hands over the rest at once.
     */
    @NotNull
    @JsonProperty
    public Duration sweepInterval = Duration.seconds(30);

    /** The longest a {@code "wait": true} send waits for the BSP's reply before it is answered 202. */
    @NotNull
    @JsonProperty
    public Duration waitLimit = Duration.seconds(10);

    /**
     * The gateway's public URL of Twilio's status webhook ({@code https://gateway.example.com/webhook/twilio}): each
     * Twilio send names it as its {@code StatusCallback}, with our message id added. Empty: the account's default.
     */
    @JsonProperty
    public String twilioStatusCallbackUrl;

    /**
     * The least time between two sends from one business number to one recipient (Meta's pair rate limit is about
     * one message per 6 s, answered with 131056 above it); 0 for none. Off by default: Meta lets a pair burst
     * (about 45 in 6 s), and a 131056 answer is retried for that send alone.
     */
    @NotNull
    @JsonProperty
    public Duration perRecipientInterval = Duration.seconds(0);

    public BspSendSettings clientSettings() {
        return BspSendSettings.defaults().withTimeouts(connectTimeout.toJavaDuration(), requestTimeout.toJavaDuration());
    }

    public SendSettings settings() {
        // a claim outlives any request (connecting, then waiting for the answer), with room for a loaded machine's
        // pauses: it ends only for a process that died mid-send. One ended early leaves the send unknown, never resent.
        java.time.Duration lease = connectTimeout.toJavaDuration().plus(requestTimeout.toJavaDuration()).plusSeconds(10);
        return new SendSettings(unknownOutcomeAfter.toJavaDuration(), lease, maxAttempts, firstBackoff.toJavaDuration(),
                maxBackoff.toJavaDuration(), idempotencyWindow.toJavaDuration(), maxInFlight, 200,
                twilioStatusCallbackUrl == null || twilioStatusCallbackUrl.isBlank() ? null : URI.create(twilioStatusCallbackUrl),
                perRecipientInterval.toJavaDuration());
    }
}
