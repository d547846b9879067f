package zen.gateway.domain.send;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Meta's messaging limits: how many different people a business may reach outside a customer service window in a
 * rolling 24 h (bsp/send/meta-cloud-api.md §6, README.md §5, from Meta's "Messaging limits" page: 250, 2,000, 10,000,
 * 100,000, unlimited). {@code 1k} is the tier Meta had before 2,000, kept for senders whose owners still name it.
 */
public enum MessagingTier {
    TIER_250("250", 250),
    TIER_1K("1k", 1_000),
    TIER_2K("2k", 2_000),
    TIER_10K("10k", 10_000),
    TIER_100K("100k", 100_000),
    UNLIMITED("unlimited", null);

    private final String wireName;
    private final Integer limit;

    MessagingTier(String wireName, Integer limit) {
        this.wireName = wireName;
        this.limit = limit;
    }

    public String wireName() {
        return wireName;
    }

    /** Different people per rolling 24 h; null for unlimited. */
    public Integer limit() {
        return limit;
    }

    public static Optional<MessagingTier> fromWire(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }

    /** The tier whose limit this is (null: unlimited); empty for a limit that is no tier of Meta's. */
    public static Optional<MessagingTier> ofLimit(Integer limit) {
        return Arrays.stream(values()).filter(t -> Objects.equals(t.limit, limit)).findFirst();
    }
}
