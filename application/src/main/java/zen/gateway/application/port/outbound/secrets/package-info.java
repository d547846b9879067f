/** Sealing secrets before a store writes them. */
package zen.gateway.application.port.outbound.secrets;
