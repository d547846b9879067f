/**
 * In-memory fakes of the out-ports, for tests: the application's own tests and, through this module's test-jar,
 * the adapters'. The stores here are also the reference that every store's contract tests compare with.
 */
package zen.gateway.application.inmemory;
