package zen.gateway.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.consume.ForwardingConsumer;
import zen.gateway.adapter.amqp.framing.DeliveryFraming;
import zen.gateway.adapter.amqp.framing.DeliveryPackFraming;
import zen.gateway.application.port.inbound.forwarding.ReplayDeadLettersUseCase;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.delivery.RetrySchedule;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;
import zen.gateway.domain.subscription.Endpoint;

/** Webhook in, tracked, forwarded to a local sink: through the real queues, with retries and dead letters. */
class PipelineIT {

    private static final Duration PATIENCE = Broker.PATIENCE;
    private static final long T0 = 1_767_261_600_000L;

    private TestGateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private Delivery onlyDelivery() {
        List<Delivery> all = gateway.deliveries.list(new DeliveryQuery(TestGateway.PROJECT, null, null, null, null, null, 10)).items();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private Optional<Delivery> delivery(String id) {
        return gateway.deliveries.find(id);
    }

    @Test
    void webhooksAreTrackedAndForwardedToEverySubscribedEndpoint() {
        gateway = new TestGateway(Broker.settings().build()).start();
        gateway.subscribe("ep-a", "/a");
        gateway.subscribe("ep-b", "/b");

        List<IngestResult> answers = IntStream.range(0, 60)
                .mapToObj(i -> gateway.receiveDatagen("mid-" + i, i % 2 == 0 ? "sent" : "delivered", T0 + i))
                .toList();

        assertThat(answers).allMatch(IngestResult.Accepted.class::isInstance);
        await().atMost(PATIENCE).until(() -> gateway.sink.received().size() >= 120);
        for (int i = 0; i < 60; i++) {
            TrackedMessage message = gateway.messages.find("mid-" + i).orElseThrow();
            assertThat(message.currentStatus()).isEqualTo(i % 2 == 0 ? MessageStatus.SENT : MessageStatus.DELIVERED);
            assertThat(message.details().projectOwnerId()).isEqualTo(TestGateway.PROJECT);
        }
        assertThat(gateway.sink.receivedAt("/a")).hasSize(60).extracting(WebhookSink.Received::eventId).doesNotHaveDuplicates();
        assertThat(gateway.sink.receivedAt("/b")).hasSize(60).extracting(WebhookSink.Received::eventId).doesNotHaveDuplicates();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                gateway.deliveries.list(new DeliveryQuery(TestGateway.PROJECT, null, null, null, null, null, 200)).items())
                .hasSize(120).allMatch(d -> d.status() == DeliveryStatus.DELIVERED));
        await().atMost(PATIENCE).until(() -> Broker.messageCount(gateway.transport.topology().forwardingQueue()) == 0);
    }

    @Test
    void retriesWaitInTheDelayQueuesThenDeadLetterThenReplayDelivers() {
        RetrySchedule schedule = new RetrySchedule(3, Duration.ofMillis(200), 2.0, Duration.ofMillis(400), 0.0);
        gateway = new TestGateway(Broker.settings().retrySchedule(schedule).delayResolution(Duration.ofMillis(100)).build()).start();
        gateway.subscribe("ep-flaky", "/flaky");
        gateway.sink.answer("/flaky", 503);

        assertThat(gateway.receiveDatagen("mid-r", "delivered", T0)).isInstanceOf(IngestResult.Accepted.class);

        await().atMost(PATIENCE).until(() -> gateway.deliveries.list(
                new DeliveryQuery(TestGateway.PROJECT, null, null, null, null, null, 10)).items().stream()
                .anyMatch(d -> d.status() == DeliveryStatus.DEAD_LETTERED));
        Delivery dead = onlyDelivery();
        assertThat(dead.attempts()).hasSize(3);
        List<WebhookSink.Received> tries = gateway.sink.receivedAt("/flaky");
        assertThat(tries).extracting(WebhookSink.Received::attempt).containsExactly("1", "2", "3");
        assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(Duration.between(tries.get(1).at(), tries.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        List<byte[]> dlq = awaitMessages(gateway.transport.topology().deadLetterQueue(), 1);
        assertThat(dlq).singleElement().satisfies(body -> {
            Delivery copy = DeliveryFraming.decode(body);
            assertThat(copy.id()).isEqualTo(dead.id());
            assertThat(copy.status()).isEqualTo(DeliveryStatus.DEAD_LETTERED);
            assertThat(copy.lastError()).contains("gave up after 3 attempts");
        });

        gateway.sink.answer("/flaky", 200);
        List<String> replayed = gateway.deadLetters.replay(new ReplayDeadLettersUseCase.Selection(TestGateway.PROJECT, List.of(dead.id()), null, null, 10));

        assertThat(replayed).containsExactly(dead.id());
        await().atMost(PATIENCE).until(() -> delivery(dead.id()).orElseThrow().status() == DeliveryStatus.DELIVERED);
        assertThat(gateway.sink.receivedAt("/flaky")).hasSize(4).last()
                .satisfies(last -> assertThat(last.attempt()).isEqualTo("1"));
    }

    @Test
    void deliveriesPlannedTogetherTravelInOneMessageAndEachGoesItsOwnWay() throws Exception {
        gateway = retryingOnceAfter200Millis();
        gateway.subscribe("ep-a", "/a");
        gateway.subscribe("ep-b", "/b");
        gateway.subscribe("ep-flaky", "/flaky");
        gateway.sink.answer("/flaky", 503);
        String forwardingQueue = gateway.transport.topology().forwardingQueue();

        gateway.startTracking();
        gateway.receiveDatagen("mid-p", "delivered", T0);
        List<byte[]> handedOver = awaitMessages(forwardingQueue, 1);
        assertThat(handedOver).singleElement().satisfies(body -> assertThat(DeliveryPackFraming.decode(body))
                .extracting(Delivery::endpointId).containsExactlyInAnyOrder("ep-a", "ep-b", "ep-flaky"));
        publishPack(forwardingQueue, handedOver.getFirst());
        gateway.startForwarding();

        await().atMost(PATIENCE).until(() -> projectDeliveries().stream().allMatch(d -> d.status().finished()));
        assertThat(gateway.sink.receivedAt("/a")).hasSize(1);
        assertThat(gateway.sink.receivedAt("/b")).hasSize(1);
        assertThat(gateway.sink.receivedAt("/flaky")).extracting(WebhookSink.Received::attempt).containsExactly("1", "2");
        List<byte[]> dlq = awaitMessages(gateway.transport.topology().deadLetterQueue(), 1);
        assertThat(dlq).singleElement()
                .satisfies(body -> assertThat(DeliveryFraming.decode(body).endpointId()).isEqualTo("ep-flaky"));
        await().atMost(PATIENCE).until(() -> Broker.messageCount(forwardingQueue) == 0);
        assertThat(gateway.sink.receivedAt("/a")).hasSize(1);
    }

    @Test
    void aPackWithADeliveryThatCannotMoveOnIsHandedBackWholeAndFinishedOnceItCan() throws Exception {
        gateway = retryingOnceAfter200Millis();
        gateway.subscribe("ep-a", "/a");
        gateway.subscribe("ep-flaky", "/flaky");
        gateway.sink.answer("/flaky", 503);
        Topology topology = gateway.transport.topology();
        gateway.startTracking();
        gateway.receiveDatagen("mid-h", "delivered", T0);
        byte[] pack = awaitMessages(topology.forwardingQueue(), 1).getFirst();
        // with its delay queues gone, the flaky delivery's retry is returned unroutable: it cannot move on
        Broker.withChannel(channel -> {
            for (Duration step : topology.ladder().steps()) {
                channel.queueDelete(topology.delayQueue(step));
            }
            return null;
        });

        publishPack(topology.forwardingQueue(), pack);
        gateway.startForwarding();

        // handed back whole and taken again: the flaky delivery is attempted again, while the one whose outcome was
        // recorded before the pack went back is not sent a second time
        await().atMost(PATIENCE).until(() -> gateway.sink.receivedAt("/flaky").size() >= 2);
        assertThat(gateway.sink.receivedAt("/a")).hasSize(1);
        Broker.withChannel(channel -> {
            topology.declare(channel);
            return null;
        });
        await().atMost(PATIENCE).until(() -> projectDeliveries().stream().allMatch(d -> d.status()
                == (d.endpointId().equals("ep-a") ? DeliveryStatus.DELIVERED : DeliveryStatus.DEAD_LETTERED)));
        await().atMost(PATIENCE).until(() -> Broker.messageCount(topology.forwardingQueue()) == 0);
    }

    @Test
    void anUnreadableForwardingMessageIsSetAsideInTheDlqWhole() {
        gateway = new TestGateway(Broker.settings().build()).start();
        byte[] garbage = {DeliveryPackFraming.VERSION, 0, 0, 0, 2, 0, 0, 0, 1, '{'};

        publishPack(gateway.transport.topology().forwardingQueue(), garbage);

        assertThat(awaitMessages(gateway.transport.topology().deadLetterQueue(), 1)).singleElement().isEqualTo(garbage);
        await().atMost(PATIENCE).until(() -> Broker.messageCount(gateway.transport.topology().forwardingQueue()) == 0);
        assertThat(gateway.sink.received()).isEmpty();
    }

    @Test
    void aWaitNoDelayQueueOffersIsMetByGoingRoundSeveral() {
        RetrySchedule schedule = new RetrySchedule(2, Duration.ofMillis(200), 1.0, Duration.ofSeconds(5), 0.0);
        gateway = new TestGateway(Broker.settings().retrySchedule(schedule).delayResolution(Duration.ofMillis(100)).build()).start();
        gateway.subscribe("ep-busy", "/busy");
        gateway.sink.answer("/busy", 429, 2);

        gateway.receiveDatagen("mid-w", "read", T0);
        await().atMost(PATIENCE).until(() -> gateway.sink.receivedAt("/busy").size() == 1);
        gateway.sink.answer("/busy", 200);

        await().atMost(PATIENCE).until(() -> gateway.sink.receivedAt("/busy").size() == 2);
        List<WebhookSink.Received> tries = gateway.sink.receivedAt("/busy");
        assertThat(Duration.between(tries.get(0).at(), tries.get(1).at()))
                .isBetween(Duration.ofMillis(1_950), Duration.ofMillis(4_000));
        await().atMost(PATIENCE).until(() -> onlyDelivery().status() == DeliveryStatus.DELIVERED);
    }

    @Test
    void anAttemptWhoseOutcomeCannotBeRecordedIsMadeAgainAfterAWhile() {
        gateway = new TestGateway(Broker.settings().build()).start();
        gateway.subscribe("ep-1", "/hook");
        gateway.deliveries.recordingFails(true);

        gateway.receiveDatagen("mid-u", "read", T0);
        await().atMost(PATIENCE).until(() -> gateway.sink.received().size() == 1);
        // the outcome is recorded after the answer arrives: let recording work again only once it was refused
        await().atMost(PATIENCE).until(() -> gateway.deliveries.refusedRecords() > 0);
        gateway.deliveries.recordingFails(false);

        await().atMost(PATIENCE).until(() -> onlyDelivery().status() == DeliveryStatus.DELIVERED);
        List<WebhookSink.Received> tries = gateway.sink.received();
        assertThat(tries).hasSize(2);
        assertThat(Duration.between(tries.get(0).at(), tries.get(1).at()))
                .isGreaterThanOrEqualTo(ForwardingConsumer.AFTER_UNRECORDED_ATTEMPT.minusSeconds(1));
    }

    @Test
    void aDeliveryStoredButLostOnItsWayToTheBrokerIsPutBackOnceOverdue() {
        gateway = new TestGateway(Broker.settings().redriveOverdueAfter(Duration.ofSeconds(1)).build()).start();
        Endpoint endpoint = gateway.subscribe("ep-lost", "/lost");
        // As when handing it to the broker failed after it was stored: fan-out will never plan it again.
        Delivery lost = Delivery.pending("ev-lost", "datagen.delivery", endpoint.id(), TestGateway.PROJECT,
                endpoint.url().toString(), "{\"event_id\":\"ev-lost\"}", Instant.now().minusSeconds(5));
        gateway.deliveries.insertNew(List.of(lost));

        await().atMost(PATIENCE).until(() -> delivery(lost.id()).orElseThrow().status() == DeliveryStatus.DELIVERED);
        assertThat(gateway.sink.receivedAt("/lost")).singleElement()
                .satisfies(received -> assertThat(received.eventId()).isEqualTo("ev-lost"));
    }

    /** Two attempts in a series, 200 ms apart, with delay queues fine enough to keep to that. */
    private static TestGateway retryingOnceAfter200Millis() {
        RetrySchedule schedule = new RetrySchedule(2, Duration.ofMillis(200), 1.0, Duration.ofMillis(200), 0.0);
        return new TestGateway(Broker.settings().retrySchedule(schedule).delayResolution(Duration.ofMillis(100)).build());
    }

    private List<Delivery> projectDeliveries() {
        return gateway.deliveries.list(new DeliveryQuery(TestGateway.PROJECT, null, null, null, null, null, 10)).items();
    }

    /** Puts a delivery pack on a queue as the forwarding queue's publisher does. */
    private static void publishPack(String queue, byte[] pack) {
        Broker.publishRaw(queue, new AMQP.BasicProperties.Builder()
                .contentType(DeliveryPackFraming.CONTENT_TYPE).deliveryMode(2).build(), pack);
    }

    private static List<byte[]> awaitMessages(String queue, int count) {
        await().atMost(PATIENCE).until(() -> Broker.messageCount(queue) >= count);
        return Broker.drain(queue);
    }
}
