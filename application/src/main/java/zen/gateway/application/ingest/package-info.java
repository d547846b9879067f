/** Ingest: answering a BSP once its webhook is durable, and processing envelopes taken from the queue. */
package zen.gateway.application.ingest;
