/**
 * Who may do what: API keys (each belongs to one project and carries scopes), their limits, and the audit trail
 * of the changes made with them.
 */
package zen.gateway.domain.access;
