/** Taking webhooks in (what the HTTP adapter drives) and processing them (what a transport drives). */
package zen.gateway.application.port.inbound.ingest;
