package zen.gateway.domain.usage;

import java.time.Duration;
import java.time.Instant;

/** The width of a usage bucket; buckets start at whole hours or days, UTC. */
public enum Granularity {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration width;

    Granularity(Duration width) {
        this.width = width;
    }

    public long seconds() {
        return width.toSeconds();
    }

    /** The start of the bucket {@code at} falls in. */
    public Instant bucketOf(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds()) * seconds());
    }
}
