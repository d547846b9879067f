/** What usage over time offers: buckets of counts and latencies per project. */
package zen.gateway.application.port.inbound.usage;
