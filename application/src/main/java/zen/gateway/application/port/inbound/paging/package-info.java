/** Pages and cursors of the listings the API offers. */
package zen.gateway.application.port.inbound.paging;
