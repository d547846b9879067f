package zen.gateway.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static zen.gateway.adapter.amqp.Broker.PATIENCE;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.adapter.amqp.framing.SendFraming;
import zen.gateway.adapter.amqp.publish.RabbitSendQueue;
import zen.gateway.application.inmemory.InMemorySendStore;
import zen.gateway.application.inmemory.InMemorySenderStore;
import zen.gateway.application.port.inbound.send.SendCommand;
import zen.gateway.application.port.inbound.send.SendOneResult;
import zen.gateway.application.port.inbound.send.WorkOffSendsUseCase;
import zen.gateway.application.port.outbound.send.SendOutcome;
import zen.gateway.application.send.SendEvents;
import zen.gateway.application.send.SendMessageService;
import zen.gateway.application.send.SendSettings;
import zen.gateway.application.send.SendWaiters;
import zen.gateway.application.send.SendWorker;
import zen.gateway.application.send.StatusesBeforeReply;
import zen.gateway.domain.conversation.ServiceWindow;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.SendState;
import zen.gateway.domain.send.Sender;

/**
 * The send queue on a real broker, between the send use case and the worker over in-memory stores: priorities, the
 * delay queues, the DLQ, and that a message delivered again sends nothing again.
 */
class SendQueueIT {

    private final Clock clock = Clock.systemUTC();
    private final InMemorySendStore sends = new InMemorySendStore();
    private final InMemorySenderStore senders = new InMemorySenderStore();
    private final RecordingSendClient provider = new RecordingSendClient();
    private final List<SendOneResult> results = new CopyOnWriteArrayList<>();
    /** Sends whose working off throws, as when the store does not answer. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private RabbitTransport transport;
    private Topology topology;
    private SendWorker worker;
    private SendMessageService sending;

    @BeforeEach
    void aSenderAndTheQueue() {
        transport = RabbitTransport.connect(Broker.settings().build());
        topology = transport.topology();
        senders.save(new Sender("s1", "acme", "+15550001111", SendProvider.META, Map.of("access_token", "EAAG1"), null,
                80, true, clock.instant(), clock.instant()));
        SendSettings settings = SendSettings.defaults();
        worker = new SendWorker(sends, senders, Map.of(SendProvider.META, provider), new SendWaiters(), SendEvents.NONE,
                settings, clock, StatusesBeforeReply.NONE, transport.sendQueue());
        sending = new SendMessageService(senders, sends, () -> {}, transport.sendQueue(), new SendWaiters(),
                SendEvents.NONE, settings, (project, customer) -> ServiceWindow.after(clock.instant()), clock);
    }

    @AfterEach
    void closeTransport() {
        transport.close();
        Broker.deleteQueues(topology);
    }

    /** Starts consuming, recording what each message came to. */
    private void consume() {
        transport.startSending(new WorkOffSendsUseCase() {
            @Override
            public int sendDue() {
                return worker.sendDue();
            }

            @Override
            public SendOneResult sendOne(String messageId) {
                if (failing.contains(messageId)) {
                    results.add(null);
                    throw new IllegalStateException("the store is down");
                }
                SendOneResult result = worker.sendOne(messageId);
                results.add(result);
                return result;
            }

            @Override
            public int settleOverdue() {
                return worker.settleOverdue();
            }
        }, 256);
    }

    private String send(String campaignId, Instant sendAt) {
        return sending.send(new SendCommand("acme", null, "+919800000001", "template", null, false, "hello", "en", null,
                null, campaignId, null, sendAt, null)).send().messageId();
    }

    private void awaitWaiting(String queue, long count) {
        await().atMost(PATIENCE).until(() -> Broker.messageCount(queue) == count);
    }

    @Test
    void theQueueHasPrioritiesAndSingleSendsWaitingBehindCampaignSendsGoFirst() {
        List<String> campaign = IntStream.range(0, 30).mapToObj(i -> send("c1", null)).toList();
        awaitWaiting(topology.sendQueue(), 30);
        List<String> single = IntStream.range(0, 5).mapToObj(i -> send(null, null)).toList();
        awaitWaiting(topology.sendQueue(), 35);

        consume();

        await().atMost(PATIENCE).until(() -> provider.sent.size() == 35);
        assertThat(provider.sentIds().subList(0, 5)).containsExactlyInAnyOrderElementsOf(single);
        assertThat(provider.sentIds().subList(5, 35)).containsExactlyInAnyOrderElementsOf(campaign);
    }

    @Test
    void aSendDueLaterWaitsInADelayQueueAndGoesWhenDue() {
        consume();
        Instant due = clock.instant().plusSeconds(2);

        String id = send(null, due);

        assertThat(topology.sendLadder().steps()).contains(Duration.ofSeconds(2));
        awaitWaiting(topology.sendDelayQueue(Duration.ofSeconds(2)), 1);
        await().atMost(PATIENCE).until(() -> provider.sent.size() == 1);
        assertThat(provider.sent.getFirst().messageId()).isEqualTo(id);
        assertThat(provider.sent.getFirst().at()).isAfterOrEqualTo(due);
        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.ACCEPTED);
    }

    @Test
    void aThrottledSendComesBackThroughADelayQueueWithoutAnyPolling() {
        provider.next(new SendOutcome.Throttled(Duration.ofSeconds(1), "130429", "rate limit hit"));
        consume();

        String id = send(null, null);

        await().atMost(PATIENCE).until(() -> sends.find(id).orElseThrow().state() == SendState.ACCEPTED);
        assertThat(provider.sentIds()).containsExactly(id, id);
        assertThat(provider.sent.get(1).at()).isAfterOrEqualTo(provider.sent.get(0).at().plusSeconds(1));
    }

    @Test
    void unreadableMessagesAndMessagesNamingNoSendGoToTheDlq() {
        consume();
        byte[] unreadable = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] unknown = SendFraming.encode("no-such-send");

        Broker.publishRaw(topology.sendQueue(), RabbitSendQueue.properties(5), unreadable);
        Broker.publishRaw(topology.sendQueue(), RabbitSendQueue.properties(5), unknown);

        awaitWaiting(topology.sendDeadLetterQueue(), 2);
        assertThat(Broker.drain(topology.sendDeadLetterQueue())).containsExactlyInAnyOrder(unreadable, unknown);
        assertThat(provider.sent).isEmpty();
    }

    @Test
    void aMessageDeliveredAgainForASendAlreadyAcceptedSendsNothing() {
        consume();
        String id = send(null, null);
        await().atMost(PATIENCE).until(() -> sends.find(id).orElseThrow().state() == SendState.ACCEPTED);

        Broker.publishRaw(topology.sendQueue(), RabbitSendQueue.properties(5), SendFraming.encode(id));

        await().atMost(PATIENCE).until(() -> results.contains(new SendOneResult.NotQueued(SendState.ACCEPTED)));
        assertThat(provider.sentIds()).containsExactly(id);
        assertThat(Broker.messageCount(topology.sendDeadLetterQueue())).isZero();
    }

    @Test
    void aSendWhoseWorkingOffKeepsFailingGoesToTheDlqAfterItsAttemptsAndStaysQueuedInTheStore() {
        String id = send(null, null);
        failing.add(id);
        consume();

        awaitWaiting(topology.sendDeadLetterQueue(), 1);
        assertThat(results).hasSize(5);
        assertThat(Broker.drain(topology.sendDeadLetterQueue())).containsExactly(SendFraming.encode(id));
        assertThat(sends.find(id).orElseThrow().state()).isEqualTo(SendState.QUEUED);
        assertThat(provider.sent).isEmpty();
    }
}
