package zen.gateway.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryQueueTable;
import zen.gateway.application.port.outbound.ingest.EnvelopePublisher;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.ingest.InboundEnvelope;

class SpillOverTest {

    private static final Duration PATIENCE = Duration.ofMillis(200);

    /** A primary queue that takes envelopes, refuses them, or never answers, as the test says. */
    private static final class Primary implements EnvelopePublisher {
        enum Mode { TAKE, REFUSE, HANG }

        volatile Mode mode = Mode.TAKE;
        final List<String> taken = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> publish(InboundEnvelope envelope) {
            return switch (mode) {
                case TAKE -> {
                    taken.add(envelope.id());
                    yield CompletableFuture.completedFuture(null);
                }
                case REFUSE -> CompletableFuture.failedFuture(new IllegalStateException("the broker is away"));
                case HANG -> new CompletableFuture<>();
            };
        }
    }

    private final Primary primary = new Primary();
    private final InMemoryQueueTable<InboundEnvelope> table =
            new InMemoryQueueTable<>(InboundEnvelope::priority, e -> e.body().length);
    private final List<SpillOver> opened = new ArrayList<>();

    private SpillOver spillOver(long maxBytes) {
        SpillOver made = new SpillOver(primary, table, new SpillOver.Settings(maxBytes, PATIENCE, 10, Duration.ofMillis(50)),
                Clock.systemUTC());
        opened.add(made);
        return made;
    }

    @AfterEach
    void close() {
        opened.forEach(SpillOver::close);
    }

    private static InboundEnvelope envelope(String id) {
        return new InboundEnvelope(id, Bsp.DATAGEN, Instant.now(), 0, Map.of(), ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPrimaryThatTakesEnvelopesGetsThemDirectly() {
        SpillOver spill = spillOver(1_000_000);

        spill.publish(envelope("e-1")).join();

        assertThat(primary.taken).containsExactly("e-1");
        assertThat(spill.spilled()).isZero();
        assertThat(table.count()).isZero();
    }

    @Test
    void whileThePrimaryRefusesEnvelopesAreKeptAndMovedInOrderOnceItIsBack() {
        SpillOver spill = spillOver(1_000_000);
        primary.mode = Primary.Mode.REFUSE;

        for (int i = 0; i < 25; i++) {
            spill.publish(envelope("e-" + i)).join();
        }
        assertThat(spill.spilling()).isTrue();
        assertThat(spill.spilled()).isEqualTo(25);
        primary.mode = Primary.Mode.TAKE;

        await().atMost(Duration.ofSeconds(10)).until(() -> primary.taken.size() == 25 && !spill.spilling());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add("e-" + i);
        }
        assertThat(primary.taken).containsExactlyElementsOf(expected);
        assertThat(table.count()).isZero();
        spill.publish(envelope("after")).join();
        assertThat(primary.taken).endsWith("after");
    }

    @Test
    void aPrimaryThatDoesNotAnswerInTimeIsSpilledOver() {
        SpillOver spill = spillOver(1_000_000);
        primary.mode = Primary.Mode.HANG;

        spill.publish(envelope("slow")).join();

        assertThat(spill.spilled()).isEqualTo(1);
    }

    @Test
    void aFullSpillRefuses() {
        SpillOver spill = spillOver(20); // room for the first body (13 bytes), not for both
        primary.mode = Primary.Mode.REFUSE;

        CompletableFuture<Void> first = spill.publish(envelope("fits"));
        CompletableFuture<Void> second = spill.publish(envelope("too-much"));

        assertThat(first).succeedsWithin(Duration.ofSeconds(5));
        assertThat(second).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void aFailingDiskRefuses() {
        SpillOver spill = spillOver(1_000_000);
        primary.mode = Primary.Mode.REFUSE;
        table.failWrites(true);

        assertThat(spill.publish(envelope("lost"))).failsWithin(Duration.ofSeconds(5));
        assertThat(spill.spilled()).isZero();
    }

    @Test
    void whatAnEarlierRunLeftIsDrainedAtStart() {
        table.append(List.of(envelope("left-1"), envelope("left-2")));

        SpillOver spill = spillOver(1_000_000);

        await().atMost(Duration.ofSeconds(10)).until(() -> primary.taken.size() == 2 && !spill.spilling());
        assertThat(primary.taken).containsExactly("left-1", "left-2");
    }
}
