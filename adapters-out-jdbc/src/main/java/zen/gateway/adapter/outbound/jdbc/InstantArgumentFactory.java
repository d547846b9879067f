package zen.gateway.adapter.outbound.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.sql.Types;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds instants as UTC {@code TIMESTAMP WITH TIME ZONE}, whole milliseconds: no conversion through the JVM's
 * time zone, and the precision every store keeps (and a page cursor carries), so that a cursor made from a
 * stored time compares equal to it.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

    InstantArgumentFactory() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        OffsetDateTime utc = OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc);
    }
}
