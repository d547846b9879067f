/** The HTTP side: the BSP webhook servlet, and Jersey resources for the management and query API and health. */
package zen.gateway.adapter.inbound.http;
