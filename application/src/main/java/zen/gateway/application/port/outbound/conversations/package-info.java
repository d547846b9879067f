/** What conversations need from a store: inbound messages kept, read back one at a time, per customer, per project. */
package zen.gateway.application.port.outbound.conversations;
