package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.AuditFields.ACTION;
import static zen.gateway.adapter.outbound.mongo.AuditFields.AT;
import static zen.gateway.adapter.outbound.mongo.AuditFields.ID;
import static zen.gateway.adapter.outbound.mongo.AuditFields.KEY_ID;
import static zen.gateway.adapter.outbound.mongo.AuditFields.OUTCOME;
import static zen.gateway.adapter.outbound.mongo.AuditFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.AuditFields.STATUS;
import static zen.gateway.adapter.outbound.mongo.AuditFields.TARGET;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.conversions.Bson;
import zen.gateway.application.port.outbound.access.AuditLog;
import zen.gateway.application.port.outbound.access.AuditQuery;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;
import zen.gateway.domain.access.AuditEntry;
import zen.gateway.domain.access.AuditOutcome;

/** {@link AuditLog} on {@code audit_log}; appending an id twice keeps the first. Thread-safe. */
final class MongoAuditLog implements AuditLog {

    private static final NewestFirst NEWEST_FIRST = new NewestFirst(AT, ID);

    private final MongoCollection<Document> audit;

    MongoAuditLog(MongoCollection<Document> audit) {
        this.audit = audit;
    }

    @Override
    public void append(AuditEntry entry) {
        try {
            audit.insertOne(new Document(ID, entry.id())
                    .append(AT, BsonTime.date(entry.time()))
                    .append(KEY_ID, entry.keyId())
                    .append(PROJECT_OWNER_ID, entry.projectOwnerId())
                    .append(ACTION, entry.action())
                    .append(TARGET, entry.target())
                    .append(OUTCOME, entry.outcome().wireName())
                    .append(STATUS, entry.status()));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e.getError())) {
                throw e;
            }
        }
    }

    @Override
    public Slice<AuditEntry> list(AuditQuery query) {
        List<Bson> filters = new ArrayList<>();
        Queries.addIfSet(filters, PROJECT_OWNER_ID, query.projectOwnerId());
        Queries.addWindow(filters, AT, query.from(), query.to());
        if (query.after() != null) {
            filters.add(NEWEST_FIRST.after(query.after()));
        }
        List<AuditEntry> selected = audit.find(Queries.allOf(filters))
                .sort(NEWEST_FIRST.sort())
                .limit(query.limit() + 1)
                .map(MongoAuditLog::entry)
                .into(new ArrayList<>());
        return Slice.of(selected, query.limit(), last -> new Position(last.time(), last.id()));
    }

    private static AuditEntry entry(Document d) {
        return new AuditEntry(d.getString(ID), BsonTime.instant(d.get(AT)), d.getString(KEY_ID), d.getString(PROJECT_OWNER_ID),
                d.getString(ACTION), d.getString(TARGET), AuditOutcome.valueOf(d.getString(OUTCOME).toUpperCase(Locale.ROOT)),
                d.getInteger(STATUS, 0));
    }

    @Override
    public int removeOlderThan(Instant cutoff, int limit) {
        return Expiry.deleteOlderThan(audit, AT, null, cutoff, limit);
    }
}
