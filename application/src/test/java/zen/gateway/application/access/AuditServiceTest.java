package zen.gateway.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryAuditLog;
import zen.gateway.application.inmemory.MutableClock;
import zen.gateway.application.port.inbound.access.AuditTrailQuery;
import zen.gateway.application.port.inbound.access.RecordAuditUseCase.Change;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.domain.access.AuditEntry;
import zen.gateway.domain.access.AuditOutcome;

class AuditServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AuditService audit = new AuditService(new InMemoryAuditLog(), clock);

    @Test
    void aChangeIsRecordedWithItsTimeAndTheOutcomeItsStatusSays() {
        audit.record(new Change("key_1", "acme", "endpoint.update", "ep-1", 200));
        clock.advance(Duration.ofSeconds(1));
        audit.record(new Change("key_1", "acme", "endpoint.update", "ep-2", 403));

        Page<AuditEntry> page = audit.list(new AuditTrailQuery.Criteria("acme", null, null, null, 10));

        assertThat(page.items()).extracting(AuditEntry::target, AuditEntry::outcome, AuditEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ep-2", AuditOutcome.REFUSED, 403),
                        org.assertj.core.groups.Tuple.tuple("ep-1", AuditOutcome.SUCCEEDED, 200));
        assertThat(page.items().getLast().time()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void theTrailPagesOnWithItsCursor() {
        for (int i = 0; i < 5; i++) {
            audit.record(new Change("key_1", "acme", "number.assign", "n" + i, 200));
            clock.advance(Duration.ofMillis(5));
        }

        Page<AuditEntry> first = audit.list(new AuditTrailQuery.Criteria(null, null, null, null, 3));
        Page<AuditEntry> second = audit.list(new AuditTrailQuery.Criteria(null, null, null, first.next(), 3));

        assertThat(first.items()).extracting(AuditEntry::target).containsExactly("n4", "n3", "n2");
        assertThat(second.items()).extracting(AuditEntry::target).containsExactly("n1", "n0");
        assertThat(second.next()).isNull();
    }
}
