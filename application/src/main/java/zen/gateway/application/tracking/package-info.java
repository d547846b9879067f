/** Tracking: applying status reports to message lifecycles, registering sent messages, queries and statistics. */
package zen.gateway.application.tracking;
