package zen.gateway.adapter.outbound.mongo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import zen.gateway.application.port.outbound.usage.UsageWindow;

/**
 * Pieces of the usage pipelines, in the operators the in-process test server also runs ({@code $toLong} of a date,
 * {@code $mod}, {@code $cond}, {@code $ifNull}, {@code $push}; not {@code $percentile}, which needs MongoDB 7).
 */
final class UsagePipeline {

    private UsagePipeline() {}

    /** The start of the bucket of a date field, in epoch milliseconds (UTC, as every bucket). */
    static Document bucketMillis(String field, UsageWindow window) {
        Document millis = new Document("$toLong", "$" + field);
        return new Document("$subtract", List.of(millis,
                new Document("$mod", List.of(millis, window.granularity().seconds() * 1000))));
    }

    /** 1 where the field is set, else 0: summed, a count of the documents that have it. */
    static Document ifSet(String field) {
        return new Document("$cond", List.of(new Document("$ifNull", List.of("$" + field, false)), 1, 0));
    }

    /** Milliseconds from one date field to another, null unless both are set. */
    static Document millisBetween(String earlier, String later) {
        // Arrays.asList, not List.of: the "else" branch is a null
        return new Document("$cond", Arrays.asList(
                new Document("$and", List.of(new Document("$ifNull", List.of("$" + earlier, false)),
                        new Document("$ifNull", List.of("$" + later, false)))),
                new Document("$subtract", List.of(new Document("$toLong", "$" + later), new Document("$toLong", "$" + earlier))),
                null));
    }

    /**
     * The nearest-rank percentile (the smallest value with at least {@code percent}% at or below it) of the pushed
     * values, nulls left out, as SQL's PERCENTILE_DISC; null for none. The store hands out only these per-bucket
     * lists, never the documents.
     */
    static Long nearestRank(List<?> pushed, int percent) {
        List<Long> values = new ArrayList<>();
        for (Object value : pushed) {
            if (value instanceof Number number) {
                values.add(number.longValue());
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        values.sort(null);
        return values.get((int) NearestRank.rank(percent, values.size()) - 1);
    }
}
