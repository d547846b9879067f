/** Customer endpoints: managing them, and reading them (cached on every node) for fan-out and delivery. */
package zen.gateway.application.endpoints;
