/** What retention needs from every store: removing what is older than its period, a bounded batch at a time. */
package zen.gateway.application.port.outbound.retention;
