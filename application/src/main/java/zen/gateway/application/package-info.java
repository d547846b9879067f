/**
 * The gateway's use cases, organised by capability: {@code ingest} (taking webhooks in, processing them),
 * {@code tracking} (message lifecycles), {@code forwarding} (fan-out, attempts, logs, replay), {@code endpoints},
 * {@code projects}, {@code quarantine} and {@code access} (keys, the audit trail), each implementing its driving
 * ports ({@code port.inbound.*}) over small driven ports ({@code port.outbound.*}); the BSP payload normalizers
 * ({@code normalize}), source verification ({@code verify}), signing ({@code signing}) and sealing secrets at rest
 * ({@code secrets}) they use; and the shared helpers {@code lookup} and {@code paging}. No threads, no schedulers, no
 * framework, no client library: only the domain and Jackson's tree model. The in-memory fakes of the out-ports live
 * in this module's test-jar.
 */
package zen.gateway.application;
