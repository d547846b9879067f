/** Tracing: the OpenTelemetry behind the application's tracing port, chosen from the environment, and the ingest span. */
package zen.gateway.bootstrap.observe;
