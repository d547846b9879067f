package zen.gateway.adapter.outbound.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import zen.gateway.domain.usage.Grouping;
import zen.gateway.application.port.outbound.usage.UsageWindow;

/**
 * The SQL of usage buckets that PostgreSQL and H2 both run alike. A bucket is the whole number of bucket widths since
 * the epoch ({@code FLOOR(EXTRACT(EPOCH ...) / width)}): the epoch of a time with zone is absolute, so the buckets are
 * UTC whatever the session's zone, where {@code date_trunc} would follow it.
 */
final class UsageSql {

    private UsageSql() {}

    static String bucket(String column) {
        return "CAST(FLOOR(EXTRACT(EPOCH FROM " + column + ") / :width) AS BIGINT)";
    }

    /** Milliseconds from one time column to another. */
    static String millisBetween(String earlier, String later) {
        return "(EXTRACT(EPOCH FROM " + later + ") - EXTRACT(EPOCH FROM " + earlier + ")) * 1000";
    }

    static String group(UsageWindow window, String bspColumn, String campaignColumn) {
        return window.grouping() == Grouping.BSP ? bspColumn : campaignColumn;
    }

    static Instant bucketStart(ResultSet rs, UsageWindow window) throws SQLException {
        return Instant.ofEpochSecond(rs.getLong("bucket") * window.granularity().seconds());
    }

    /** A percentile column as whole milliseconds; null when the bucket had no pair of times. */
    static Long millis(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
