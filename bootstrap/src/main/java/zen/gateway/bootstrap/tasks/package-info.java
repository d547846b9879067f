/** Operator tasks on the admin port: replay, breaker reset, pause and resume, cache invalidation. Each needs an admin key. */
package zen.gateway.bootstrap.tasks;
