package zen.gateway.adapter.outbound.mongo;

import java.time.Instant;
import java.util.Date;

/** Instants as BSON dates. MongoDB keeps milliseconds, the precision every store of the gateway promises. */
final class BsonTime {

    private BsonTime() {}

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Object date) {
        return date == null ? null : ((Date) date).toInstant();
    }
}
