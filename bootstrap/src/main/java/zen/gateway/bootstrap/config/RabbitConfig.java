package zen.gateway.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.domain.delivery.RetrySchedule;

/** How the RabbitMQ transport shapes its queues, when {@code RABBITMQ_URL} switches it on. */
public class RabbitConfig {

    /** {@code classic} or {@code quorum} (quorum queues on RabbitMQ 3.10 have no priorities). */
    @NotNull
    @JsonProperty
    public RabbitSettings.QueueType queueType = RabbitSettings.QueueType.CLASSIC;

    /**
     * Forwarding messages in flight at once: the forwarding concurrency (the existing deployment's 1000). A message
     * is one delivery, or up to 16 planned together, travelling to their first attempt in one message.
     */
    @Min(1) @Max(65_535)
    @JsonProperty
    public int forwardingPrefetch = 1000;

    /** Unacknowledged broker messages per inbound consumer; each packs several envelopes. */
    @Min(1) @Max(65_535)
    @JsonProperty
    public int inboundPrefetch = 50;

    /** How long the first webhook of a broker message waits for company: fewer, larger messages and confirms. */
    @NotNull
    @JsonProperty
    public Duration packLinger = Duration.milliseconds(1);

    /** Webhooks per broker message at most. */
    @Min(1) @Max(10_000)
    @JsonProperty
    public int packMaxEnvelopes = 64;

    /**
     * Appended to every queue name: lets two gateways (or a test) share one broker without sharing queues. Empty
     * in production, where the existing deployment's queue names are kept.
     */
    @NotNull
    @JsonProperty
    public String queueSuffix = "";

    RabbitSettings settings(String url, RetrySchedule schedule, int batchSize) {
        return RabbitSettings.builder(url)
                .nameSuffix(queueSuffix)
                .queueType(queueType)
                .forwardingPrefetch(forwardingPrefetch)
                .inboundPrefetch(inboundPrefetch)
                .inboundBatchSize(batchSize)
                .packLinger(packLinger.toJavaDuration())
                .packMaxEnvelopes(packMaxEnvelopes)
                .retrySchedule(schedule)
                .build();
    }
}
