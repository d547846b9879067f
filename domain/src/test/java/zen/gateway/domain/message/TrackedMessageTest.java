package zen.gateway.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackedMessageTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static StatusObservation seen(MessageStatus status, int occurredSecond, int receivedSecond) {
        return new StatusObservation(status, "datagen", T0.plusSeconds(occurredSecond), T0.plusSeconds(receivedSecond));
    }

    private static MessageDetails details(String project) {
        return new MessageDetails("wamid.1", "datagen", "mid-1", "+919800000001", "+919800099999", project, null);
    }

    @Test
    void keepsEveryObservationInTheOrderThingsHappened() {
        TrackedMessage message = TrackedMessage.firstSeen("m1", details("p1"), seen(MessageStatus.READ, 30, 31), null);

        TrackedMessage next = message.observe(seen(MessageStatus.SENT, 10, 40), details("p1"), null).message();

        assertThat(next.currentStatus()).isEqualTo(MessageStatus.READ);
        assertThat(next.history()).extracting(StatusObservation::status).containsExactly(MessageStatus.SENT, MessageStatus.READ);
        assertThat(next.updatedAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(next.createdAt()).isEqualTo(T0.plusSeconds(31));
    }

    @Test
    void theSameReportObservedAgainIsKeptOnceWithItsFirstArrival() {
        TrackedMessage message = TrackedMessage.firstSeen("m1", details("p1"), seen(MessageStatus.SENT, 10, 11), null);

        // applied twice, then arriving again later (a BSP retry, a repeat after a restart or on another node)
        TrackedMessage again = message.observe(seen(MessageStatus.SENT, 10, 11), details("p1"), null).message()
                .observe(seen(MessageStatus.SENT, 10, 12), details("p1"), null).message();

        assertThat(again.history()).containsExactly(seen(MessageStatus.SENT, 10, 11));
    }

    @Test
    void twoReportsOfOneStatusAreTwoEntries() {
        StatusObservation first = new StatusObservation(MessageStatus.DELIVERED, "meta", T0.plusSeconds(5), T0.plusSeconds(6), "evt-a");
        StatusObservation second = new StatusObservation(MessageStatus.DELIVERED, "meta", T0.plusSeconds(5), T0.plusSeconds(7), "evt-b");
        TrackedMessage message = TrackedMessage.firstSeen("m1", details("p1"), first, null);

        TrackedMessage both = message.observe(second, details("p1"), null).message();

        assertThat(both.history()).containsExactly(first, second);
    }

    @Test
    void theFirstFailureReportedIsKept() {
        TrackedMessage message = TrackedMessage.firstSeen("m1", details(null), seen(MessageStatus.SENT, 1, 1), null);

        TrackedMessage failed = message.observe(seen(MessageStatus.FAILED, 2, 2), details(null), new Failure("131026", "undeliverable")).message();
        TrackedMessage again = failed.observe(seen(MessageStatus.FAILED, 3, 3), details(null), new Failure("1", "other")).message();

        assertThat(again.failureReason()).contains(new Failure("131026", "undeliverable"));
    }

    @Test
    void aFailureReportedWithAnotherStatusIsIgnored() {
        TrackedMessage message = TrackedMessage.firstSeen("m1", details(null), seen(MessageStatus.SENT, 1, 1), new Failure("x", "y"));

        assertThat(message.failureReason()).isEmpty();
    }

    @Test
    void laterEventsFillInDetailsButNeverOverwriteThem() {
        TrackedMessage message = TrackedMessage.firstSeen("m1",
                new MessageDetails(null, "karix", "mid-1", null, null, null, null), seen(MessageStatus.SENT, 1, 1), null);

        TrackedMessage next = message.observe(seen(MessageStatus.DELIVERED, 2, 2),
                new MessageDetails("wamid.9", "karix", "mid-1", "+91980", "+91999", "p1", "c1"), null).message();
        TrackedMessage last = next.observe(seen(MessageStatus.READ, 3, 3),
                new MessageDetails("wamid.other", "karix", "mid-1", "+1", "+2", "p2", "c2"), null).message();

        assertThat(last.details()).isEqualTo(new MessageDetails("wamid.9", "karix", "mid-1", "+91980", "+91999", "p1", "c1"));
    }

    @Test
    void aMessageNeedsAnIdentity() {
        assertThatThrownBy(() -> new MessageDetails(null, "datagen", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
