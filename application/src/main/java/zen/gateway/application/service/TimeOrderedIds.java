package zen.gateway.application.service;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562): the Unix time in milliseconds, then 74 random bits. Ids made later sort later, so
 * the stores' indexes on them grow at one edge instead of taking every insert at a random page; random v4 ids
 * made each batch of new messages touch (and each checkpoint rewrite) pages all over the index. Not secrets:
 * nothing is authorized by knowing one, hence the cheap thread-local randomness.
 */
final class TimeOrderedIds {

    private TimeOrderedIds() {}

    static String at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
