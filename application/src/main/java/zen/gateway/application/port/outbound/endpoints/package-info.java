/** Customer endpoints in the store, and the policy on where the gateway may send. */
package zen.gateway.application.port.outbound.endpoints;
