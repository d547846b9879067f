package zen.gateway.application.access;

import java.time.Clock;
import java.time.Instant;
import zen.gateway.application.paging.Pages;
import zen.gateway.application.port.inbound.access.AuditTrailQuery;
import zen.gateway.application.port.inbound.access.RecordAuditUseCase;
import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.outbound.access.AuditLog;
import zen.gateway.application.port.outbound.access.AuditQuery;
import zen.gateway.domain.access.AuditEntry;
import zen.gateway.domain.access.AuditOutcome;
import zen.gateway.domain.event.TimeOrderedUuid;

/** Writes and reads the audit trail. Entry ids are time-ordered, so the trail's index grows at one end. Thread-safe. */
public final class AuditService implements RecordAuditUseCase, AuditTrailQuery {

    private final AuditLog log;
    private final Clock clock;

    public AuditService(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void record(Change change) {
        Instant now = clock.instant();
        log.append(new AuditEntry(TimeOrderedUuid.random(now.toEpochMilli()), now, change.keyId(), change.projectOwnerId(),
                change.action(), change.target(), AuditOutcome.ofStatus(change.status()), change.status()));
    }

    @Override
    public Page<AuditEntry> list(Criteria criteria) {
        return Pages.page(log.list(new AuditQuery(criteria.projectOwnerId(), criteria.from(), criteria.to(),
                Pages.position(criteria.after()), criteria.limit())));
    }
}
