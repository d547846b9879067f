/**
 * In-process adapters: the stores, queue and dedup filter kept in memory. They serve the application tests and
 * are the reference implementation that every other adapter's contract tests compare with. Not durable.
 */
package zen.gateway.application.embedded;
