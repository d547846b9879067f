package zen.gateway.bootstrap.metrics;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.MetricRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import zen.gateway.adapter.embedded.SpillOver;
import zen.gateway.adapter.outbound.redis.RedisSupport;
import zen.gateway.application.endpoints.EndpointDirectory;
import zen.gateway.application.projects.ProjectDirectory;

/** The gateway's own gauges, registered once each. */
public final class Gauges {

    /** The Dropwizard gauge behind each queue's Prometheus backlog series. */
    public static final Map<String, String> BACKLOGS = Map.of(
            "inbound", "zen.queue.inbound.backlog", "forwarding", "zen.forwarding.unfinished", "spill", "zen.spill.backlog");

    private Gauges() {}

    /**
     * What waits: an operator's first question when deliveries lag. Each read may cost a query or a broker round
     * trip, so a scrape storm reads them at most once a second; -1 when it could not be read (the store or the
     * broker down: their health checks say which), rather than failing the whole metrics answer.
     */
    public static void backlogs(MetricRegistry metrics, Supplier<Long> inbound, Supplier<Long> unfinishedDeliveries) {
        metrics.register("zen.queue.inbound.backlog", cachedForASecond(inbound));
        metrics.register("zen.forwarding.unfinished", cachedForASecond(unfinishedDeliveries));
    }

    /** The local spill: what waits in it, and whether ingest writes to it now. */
    public static void spill(MetricRegistry metrics, SpillOver spill) {
        metrics.registerGauge("zen.spill.backlog", spill::spilled);
        metrics.registerGauge("zen.spill.bytes", spill::spilledBytes);
        metrics.registerGauge("zen.spill.spilling", () -> spill.spilling() ? 1 : 0);
        metrics.registerGauge("zen.spill.spilled_total", spill::spilledTotal);
        metrics.registerGauge("zen.spill.drained_total", spill::drainedTotal);
    }

    public static void redis(MetricRegistry metrics, RedisSupport redis) {
        metrics.registerGauge("zen.redis.available", redis::available);
        metrics.registerGauge("zen.redis.round_trips", redis::roundTrips);
        metrics.registerGauge("zen.redis.failures", redis::failures);
        metrics.registerGauge("zen.redis.fallbacks", redis::fallbacks);
    }

    public static void lookups(MetricRegistry metrics, ProjectDirectory projects, EndpointDirectory endpoints) {
        metrics.registerGauge("zen.lookup.project.local_hits", () -> projects.stats().localHits());
        metrics.registerGauge("zen.lookup.project.shared_hits", () -> projects.stats().sharedHits());
        metrics.registerGauge("zen.lookup.project.store_loads", () -> projects.stats().storeLoads());
        metrics.registerGauge("zen.lookup.endpoints.local_hits", () -> endpoints.stats().localHits());
        metrics.registerGauge("zen.lookup.endpoints.shared_hits", () -> endpoints.stats().sharedHits());
        metrics.registerGauge("zen.lookup.endpoints.store_loads", () -> endpoints.stats().storeLoads());
    }

    private static CachedGauge<Long> cachedForASecond(Supplier<Long> value) {
        return new CachedGauge<>(1, TimeUnit.SECONDS) {
            @Override
            protected Long loadValue() {
                try {
                    return value.get();
                } catch (RuntimeException e) {
                    return -1L;
                }
            }
        };
    }
}
