/** Retention: every store purged of what is older than its period, in bounded batches. */
package zen.gateway.application.retention;
