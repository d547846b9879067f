/** How stores hand out newest-first listings a slice at a time. */
package zen.gateway.application.port.outbound.paging;
