/**
 * The consuming side of the embedded transport: the poller that hands queued webhooks to processing, and the
 * scheduler that attempts deliveries, both driving the application through its driving ports.
 */
package zen.gateway.adapter.embedded.consume;
