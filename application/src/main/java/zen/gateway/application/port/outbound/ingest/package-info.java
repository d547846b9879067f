/** What ingest needs from outside: a durable queue to publish webhooks to. */
package zen.gateway.application.port.outbound.ingest;
