package zen.gateway.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.contract.EnvelopeQueueContract;
import zen.gateway.application.inmemory.InMemoryQuarantineStore;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;
import zen.gateway.application.quarantine.QuarantineService;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

/** The envelope queue contract on RabbitMQ, and what only a broker can do wrong. */
class RabbitEnvelopeQueueIT extends EnvelopeQueueContract {

    private final InMemoryQuarantineStore quarantine = new InMemoryQuarantineStore();
    private RabbitTransport transport;
    private EnvelopeQueueContract.Queue queue;

    @Override
    protected EnvelopeQueueContract.Queue newQueue() {
        transport = RabbitTransport.connect(Broker.settings().build());
        queue = new RabbitQueues(transport, new QuarantineService(quarantine));
        return queue;
    }

    @AfterEach
    void closeTransport() {
        transport.close();
        Broker.deleteQueues(transport.topology());
    }

    private static InboundEnvelope envelope(String id, Bsp bsp, int priority) {
        return new InboundEnvelope(id, bsp, Instant.now(), priority, Map.of("content-type", "application/json"),
                ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitAll(List<CompletableFuture<Void>> published) throws Exception {
        CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void userInitiatedEnvelopesWaitingBehindCampaignStatusesAreHandedOverFirst() throws Exception {
        List<CompletableFuture<Void>> published = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            published.add(queue.publish(envelope("campaign-" + i, Bsp.DATAGEN, InboundEnvelope.CAMPAIGN_PRIORITY)));
        }
        awaitAll(published);
        for (int i = 0; i < 10; i++) {
            published.add(queue.publish(envelope("user-" + i, Bsp.DATAGEN, InboundEnvelope.USER_INITIATED_PRIORITY)));
        }
        awaitAll(published);
        List<String> handed = new CopyOnWriteArrayList<>();

        queue.consume(batch -> batch.forEach(e -> handed.add(e.id())));

        await().atMost(PATIENCE).until(() -> handed.size() >= 310);
        assertThat(handed.subList(0, 10)).allMatch(id -> id.startsWith("user-"));
    }

    @Test
    void envelopesPublishedTogetherShareBrokerMessages() throws Exception {
        List<CompletableFuture<Void>> published = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            published.add(queue.publish(envelope("env-" + i, Bsp.AISENSY, 0)));
        }
        awaitAll(published);

        long brokerMessages = Broker.messageCount(transport.topology().inboundQueue(Bsp.AISENSY));

        assertThat(brokerMessages).isBetween(1L, 500L);
    }

    @Test
    void anUnreadableMessageGoesToQuarantineIsAckedAndTheConsumerGoesOn() throws Exception {
        String datagenQueue = transport.topology().inboundQueue(Bsp.DATAGEN);
        byte[] garbage = "{\"not\":\"an envelope pack\"}".getBytes(StandardCharsets.UTF_8);
        Broker.publishRaw(datagenQueue, new AMQP.BasicProperties.Builder().messageId("foreign-1").deliveryMode(2).build(), garbage);
        awaitAll(List.of(queue.publish(envelope("after-garbage", Bsp.DATAGEN, 0))));
        List<String> handed = new CopyOnWriteArrayList<>();

        queue.consume(batch -> batch.forEach(e -> handed.add(e.id())));

        await().atMost(PATIENCE).until(() -> handed.contains("after-garbage") && quarantine.count() == 1);
        QuarantinedInput kept = quarantine.newest(1).getFirst();
        assertThat(kept.id()).isEqualTo("amqp-foreign-1");
        assertThat(kept.source()).isEqualTo("queue/" + datagenQueue);
        assertThat(kept.body()).isEqualTo(garbage);
        await().atMost(PATIENCE).until(() -> Broker.messageCount(datagenQueue) == 0);
        assertThat(handed).containsExactly("after-garbage");
    }

    @Test
    void aPublishNoQueueTakesFailsInsteadOfVanishing() {
        Broker.withChannel(channel -> channel.queueDelete(transport.topology().inboundQueue(Bsp.TWILIO)));

        CompletableFuture<Void> published = queue.publish(envelope("lost", Bsp.TWILIO, 0));

        await().atMost(PATIENCE).until(published::isDone);
        assertThat(published).isCompletedExceptionally();
    }
}
