/** What a BSP payload means once normalized: status events, inbound messages, other notices, and their topics. */
package zen.gateway.domain.event;
