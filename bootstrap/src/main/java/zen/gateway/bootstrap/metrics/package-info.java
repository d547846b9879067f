/**
 * The gateway's metrics: timers around the store roles worth timing, meters on ingest, gauges, and the Prometheus
 * registry (labelled families, the Dropwizard registry bridged in) behind the admin port's {@code /prometheus}.
 */
package zen.gateway.bootstrap.metrics;
