package zen.gateway.application.service;

import java.util.concurrent.ThreadLocalRandom;
import zen.gateway.domain.event.TimeOrderedUuid;

/**
 * UUID version 7 ({@link TimeOrderedUuid}): the Unix time in milliseconds, then 74 random bits. Ids made later
 * sort later, so the stores' indexes on them grow at one edge instead of taking every insert at a random page; random v4 ids
 * made each batch of new messages touch (and each checkpoint rewrite) pages all over the index. Not secrets:
 * nothing is authorized by knowing one, hence the cheap thread-local randomness.
 */
final class TimeOrderedIds {

    private TimeOrderedIds() {}

    static String at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return TimeOrderedUuid.of(epochMillis, random.nextLong(), random.nextLong());
    }
}
