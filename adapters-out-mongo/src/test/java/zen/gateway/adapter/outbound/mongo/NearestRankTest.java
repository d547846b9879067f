package zen.gateway.adapter.outbound.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NearestRankTest {

    private static NearestRank fed(long... ascending) {
        NearestRank percentiles = new NearestRank(ascending.length);
        LongStream.of(ascending).forEach(percentiles::accept);
        return percentiles;
    }

    /** The definition, on the whole sorted array: the smallest value with at least p% of the values at or below it. */
    private static long byDefinition(long[] sorted, int percent) {
        for (long value : sorted) {
            long atOrBelow = Arrays.stream(sorted).filter(v -> v <= value).count();
            if (atOrBelow * 100 >= (long) percent * sorted.length) {
                return value;
            }
        }
        throw new AssertionError("no value");
    }

    @Test
    void aHundredValuesGiveTheirOwnRanks() {
        NearestRank percentiles = fed(LongStream.rangeClosed(1, 100).toArray());

        assertThat(percentiles.p50()).isEqualTo(50);
        assertThat(percentiles.p95()).isEqualTo(95);
        assertThat(percentiles.p99()).isEqualTo(99);
    }

    @Test
    void oneValueIsEveryPercentile() {
        NearestRank percentiles = fed(700);

        assertThat(percentiles.p50()).isEqualTo(700);
        assertThat(percentiles.p99()).isEqualTo(700);
    }

    @Test
    void noValueGivesZero() {
        assertThat(fed().p50()).isZero();
        assertThat(fed().p99()).isZero();
    }

    @Test
    void agreesWithTheDefinitionOnRandomSamples() {
        Random random = new Random(3);
        for (int sample = 0; sample < 200; sample++) {
            long[] values = random.longs(1 + random.nextInt(150), 0, 50).sorted().toArray();

            NearestRank percentiles = fed(values);

            assertThat(percentiles.p50()).isEqualTo(byDefinition(values, 50));
            assertThat(percentiles.p95()).isEqualTo(byDefinition(values, 95));
            assertThat(percentiles.p99()).isEqualTo(byDefinition(values, 99));
        }
    }
}
