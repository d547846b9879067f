package zen.gateway.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.domain.message.MessageStatus.ACCEPTED;
import static zen.gateway.domain.message.MessageStatus.DELIVERED;
import static zen.gateway.domain.message.MessageStatus.FAILED;
import static zen.gateway.domain.message.MessageStatus.READ;
import static zen.gateway.domain.message.MessageStatus.SENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    /** Every (current, incoming) pair and the status it must end in: the whole transition table, written out. */
    static Stream<Arguments> everyPair() {
        return Stream.of(
                Arguments.of(ACCEPTED, ACCEPTED, ACCEPTED), Arguments.of(ACCEPTED, SENT, SENT),
                Arguments.of(ACCEPTED, FAILED, FAILED), Arguments.of(ACCEPTED, DELIVERED, DELIVERED),
                Arguments.of(ACCEPTED, READ, READ),
                Arguments.of(SENT, ACCEPTED, SENT), Arguments.of(SENT, SENT, SENT),
                Arguments.of(SENT, FAILED, FAILED), Arguments.of(SENT, DELIVERED, DELIVERED),
                Arguments.of(SENT, READ, READ),
                Arguments.of(FAILED, ACCEPTED, FAILED), Arguments.of(FAILED, SENT, FAILED),
                Arguments.of(FAILED, FAILED, FAILED), Arguments.of(FAILED, DELIVERED, DELIVERED),
                Arguments.of(FAILED, READ, READ),
                Arguments.of(DELIVERED, ACCEPTED, DELIVERED), Arguments.of(DELIVERED, SENT, DELIVERED),
                Arguments.of(DELIVERED, FAILED, DELIVERED), Arguments.of(DELIVERED, DELIVERED, DELIVERED),
                Arguments.of(DELIVERED, READ, READ),
                Arguments.of(READ, ACCEPTED, READ), Arguments.of(READ, SENT, READ),
                Arguments.of(READ, FAILED, READ), Arguments.of(READ, DELIVERED, READ),
                Arguments.of(READ, READ, READ));
    }

    @ParameterizedTest(name = "{0} then {1} is {2}")
    @MethodSource("everyPair")
    void transitionTable(MessageStatus current, MessageStatus incoming, MessageStatus expected) {
        MessageLifecycle lifecycle = MessageLifecycle.startingWith(current, T0);

        LifecycleOutcome outcome = lifecycle.observe(incoming, T0.plusSeconds(5));

        assertThat(outcome.lifecycle().current()).isEqualTo(expected);
        if (expected == current) {
            assertThat(outcome).isInstanceOf(LifecycleOutcome.StatusKept.class);
        } else {
            assertThat(outcome).isEqualTo(new LifecycleOutcome.StatusAdvanced(outcome.lifecycle(), current, incoming));
        }
    }

    @Test
    void theTableCoversEveryPair() {
        assertThat(everyPair().count()).isEqualTo((long) MessageStatus.values().length * MessageStatus.values().length);
    }

    @Test
    void aStatusKeepsTheEarliestTimeItWasReported() {
        MessageLifecycle lifecycle = MessageLifecycle.startingWith(DELIVERED, T0.plusSeconds(10));

        MessageLifecycle later = lifecycle.observe(DELIVERED, T0.plusSeconds(20)).lifecycle();
        MessageLifecycle earlier = later.observe(DELIVERED, T0.plusSeconds(3)).lifecycle();

        assertThat(later.firstSeen(DELIVERED)).contains(T0.plusSeconds(10));
        assertThat(earlier.firstSeen(DELIVERED)).contains(T0.plusSeconds(3));
    }

    @Test
    void aLateStatusIsTimedButDoesNotMoveTheStatusBack() {
        MessageLifecycle read = MessageLifecycle.startingWith(READ, T0.plusSeconds(30));

        MessageLifecycle withLateDelivered = read.observe(DELIVERED, T0.plusSeconds(20)).lifecycle();

        assertThat(withLateDelivered.current()).isEqualTo(READ);
        assertThat(withLateDelivered.firstSeen(DELIVERED)).contains(T0.plusSeconds(20));
        assertThat(withLateDelivered.firstSeen(SENT)).isEmpty();
    }

    @Test
    void restoringDerivesTheCurrentStatusFromTheTimes() {
        MessageLifecycle restored = MessageLifecycle.restore(Map.of(SENT, T0, FAILED, T0.plusSeconds(1), DELIVERED, T0.plusSeconds(2)));

        assertThat(restored.current()).isEqualTo(DELIVERED);
    }

    /** Property: every arrival order of the same observations ends in the same status and the same times. */
    @Test
    void everyPermutationOfTheSameEventsEndsTheSame() {
        List<Observation> observations = List.of(
                new Observation(ACCEPTED, T0),
                new Observation(SENT, T0.plusSeconds(1)),
                new Observation(FAILED, T0.plusSeconds(2)),
                new Observation(DELIVERED, T0.plusSeconds(3)),
                new Observation(READ, T0.plusSeconds(4)),
                new Observation(SENT, T0.plusSeconds(9)),
                new Observation(DELIVERED, T0.plusSeconds(2)));
        List<MessageLifecycle> results = new ArrayList<>();
        permutations(observations, new ArrayList<>(), new boolean[observations.size()], results);

        assertThat(results).hasSize(5040);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.current()).isEqualTo(READ);
            assertThat(result.firstSeenTimes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    ACCEPTED, T0, SENT, T0.plusSeconds(1), FAILED, T0.plusSeconds(2),
                    DELIVERED, T0.plusSeconds(2), READ, T0.plusSeconds(4)));
        });
    }

    /** Property over every subset: the status is the best one present, whatever the order. */
    @Test
    void everySubsetEndsInItsHighestRankedStatus() {
        for (int mask = 1; mask < 1 << 5; mask++) {
            List<Observation> subset = new ArrayList<>();
            EnumSet<MessageStatus> statuses = EnumSet.noneOf(MessageStatus.class);
            for (MessageStatus status : MessageStatus.values()) {
                if ((mask & (1 << status.ordinal())) != 0) {
                    subset.add(new Observation(status, T0.plusSeconds(status.ordinal())));
                    statuses.add(status);
                }
            }
            List<MessageLifecycle> results = new ArrayList<>();
            permutations(subset, new ArrayList<>(), new boolean[subset.size()], results);
            MessageStatus best = MessageStatus.currentOf(statuses).orElseThrow();
            assertThat(results).allSatisfy(r -> assertThat(r.current()).isEqualTo(best));
            assertThat(results).map(MessageLifecycle::firstSeenTimes).containsOnly(results.getFirst().firstSeenTimes());
        }
    }

    private record Observation(MessageStatus status, Instant at) {}

    private static void permutations(List<Observation> all, List<Observation> prefix, boolean[] used, List<MessageLifecycle> out) {
        if (prefix.size() == all.size()) {
            MessageLifecycle lifecycle = MessageLifecycle.startingWith(prefix.getFirst().status(), prefix.getFirst().at());
            for (Observation o : prefix.subList(1, prefix.size())) {
                lifecycle = lifecycle.observe(o.status(), o.at()).lifecycle();
            }
            out.add(lifecycle);
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(all.get(i));
                permutations(all, prefix, used, out);
                prefix.removeLast();
                used[i] = false;
            }
        }
    }
}
