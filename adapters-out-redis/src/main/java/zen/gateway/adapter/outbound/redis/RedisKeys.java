package zen.gateway.adapter.outbound.redis;

/**
 * Where this gateway keeps things in Redis, all under one prefix ({@code zen:} by default):
 * <ul>
 *   <li>{@code zen:dedup:<event id>} = {@code 1}, expiring after the dedup time to live: a claimed event;</li>
 *   <li>{@code zen:cache:<key>} = the cached bytes, expiring after the cache time to live;</li>
 *   <li>{@code zen:cache-index}: a set of the names of the cache keys put, so that evicting everything costs one
 *       round trip over the cache keys, where a pattern scan would walk every key of the database (a day of
 *       dedup keys among them);</li>
 *   <li>channel {@code zen:evictions:<database>}: evicted cache keys, for every node. Pub/sub ignores the
 *       database index, so the channel names it: gateways on different databases of one Redis stay apart.</li>
 * </ul>
 * Immutable.
 */
record RedisKeys(String prefix, int database) {

    String dedup(String eventId) {
        return prefix + "dedup:" + eventId;
    }

    String cache(String key) {
        return prefix + "cache:" + key;
    }

    String cacheIndex() {
        return prefix + "cache-index";
    }

    String evictionChannel() {
        return prefix + "evictions:" + database;
    }
}
