/** The gateway's metrics: timers around the store roles worth timing, meters on ingest, gauges, the Prometheus view. */
package zen.gateway.bootstrap.metrics;
