/** Jersey resources: BSP webhook endpoints, the management and query API, health. */
package zen.gateway.adapter.inbound.http;
