/** What the application reports about its own work: spans, joined across queues by trace context headers. */
package zen.gateway.application.port.outbound.observe;
