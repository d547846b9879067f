/** Operator tasks on the admin port: replay, breaker reset, pause and resume, cache invalidation. */
package zen.gateway.bootstrap.tasks;
