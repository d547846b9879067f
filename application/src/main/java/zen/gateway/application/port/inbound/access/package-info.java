/**
 * Access: who a presented key is ({@link zen.gateway.application.port.inbound.access.Caller}, with the checks every
 * driving adapter applies to a project), managing project keys, and the audit trail.
 */
package zen.gateway.application.port.inbound.access;
