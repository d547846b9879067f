package zen.gateway.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.application.port.outbound.access.AuditLog;
import zen.gateway.application.port.outbound.access.AuditQuery;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.access.AuditEntry;
import zen.gateway.domain.access.AuditOutcome;

/** What every {@link AuditLog} must do. */
public abstract class AuditLogContract {

    /** A new, empty store; called once per test. */
    protected abstract AuditLog newStore();

    private AuditLog log;

    @BeforeEach
    void createStore() {
        log = newStore();
    }

    static AuditEntry entry(String id, String project, long second) {
        return new AuditEntry(id, at(second), "key_1", project, "endpoint.update", "ep-" + id, AuditOutcome.SUCCEEDED, 200);
    }

    @Test
    void anAppendedEntryIsListedWithEveryField() {
        AuditEntry refused = new AuditEntry("a-1", at(5), "admin-0f0f0f0f", null, "task.replay-dead-letters", null,
                AuditOutcome.REFUSED, 400);
        AuditEntry done = entry("a-2", "acme", 6);

        log.append(refused);
        log.append(done);

        assertThat(log.list(new AuditQuery(null, null, null, null, 10)).items()).containsExactly(done, refused);
    }

    @Test
    void entriesAreNewestFirstAndPagedWithoutGapsOrRepeats() {
        for (int i = 0; i < 7; i++) {
            log.append(entry("a-" + i, "acme", i / 2));
        }
        List<String> seen = new ArrayList<>();
        Position after = null;
        do {
            Slice<AuditEntry> slice = log.list(new AuditQuery("acme", null, null, after, 3));
            slice.items().forEach(e -> seen.add(e.id()));
            after = slice.next();
        } while (after != null);

        assertThat(seen).containsExactly("a-6", "a-5", "a-4", "a-3", "a-2", "a-1", "a-0");
    }

    @Test
    void entriesAreFilteredByProjectAndTime() {
        log.append(entry("a-1", "acme", 10));
        log.append(entry("a-2", "globex", 20));
        log.append(entry("a-3", "acme", 30));
        log.append(entry("a-4", "acme", 40));

        assertThat(log.list(new AuditQuery("acme", at(20), at(40), null, 10)).items()).extracting(AuditEntry::id)
                .containsExactly("a-3");
        assertThat(log.list(new AuditQuery("globex", null, null, null, 10)).items()).extracting(AuditEntry::id)
                .containsExactly("a-2");
        assertThat(log.list(new AuditQuery(null, at(30), null, null, 10)).items()).extracting(AuditEntry::id)
                .containsExactly("a-4", "a-3");
    }

    @Test
    void appendingAnEntryTwiceKeepsItOnce() {
        log.append(entry("a-1", "acme", 10));
        log.append(entry("a-1", "acme", 10));

        assertThat(log.list(new AuditQuery(null, null, null, null, 10)).items()).hasSize(1);
    }

    @Test
    void retentionRemovesTheEntriesBeforeTheCutoff() {
        log.append(entry("a-1", "acme", 10));
        log.append(entry("a-2", "acme", 20));
        log.append(entry("a-3", "acme", 30));

        assertThat(log.removeOlderThan(at(25), 1)).isEqualTo(1);
        assertThat(log.removeOlderThan(at(25), 1)).isEqualTo(1);
        assertThat(log.removeOlderThan(at(25), 1)).isZero();
        assertThat(log.list(new AuditQuery(null, null, null, null, 10)).items()).extracting(AuditEntry::id).containsExactly("a-3");
    }
}
