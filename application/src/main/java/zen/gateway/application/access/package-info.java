/**
 * Access control: keys made and checked ({@link zen.gateway.application.access.ApiKeyService}), the admin keys of the
 * configuration ({@link zen.gateway.application.access.AdminKeys}), project keys looked up through the caches every
 * node shares so that a revocation reaches all of them at once ({@link zen.gateway.application.access.KeyDirectory}),
 * and the audit trail ({@link zen.gateway.application.access.AuditService}).
 */
package zen.gateway.application.access;
