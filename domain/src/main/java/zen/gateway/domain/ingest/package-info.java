/** Webhooks as they arrived, before anything is made of them: what ingest makes durable and processing reads. */
package zen.gateway.domain.ingest;
