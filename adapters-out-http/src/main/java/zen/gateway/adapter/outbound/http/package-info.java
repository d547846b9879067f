/**
 * Outbound HTTP: webhook delivery to customer endpoints over {@code java.net.http}, bounded in flight, behind
 * per-URL circuit breakers, and never to the gateway's own or private networks unless allowlisted.
 * {@link zen.gateway.adapter.outbound.http.HttpForwarding} builds everything from
 * {@link zen.gateway.adapter.outbound.http.HttpSenderSettings}; every other class is package-private.
 */
package zen.gateway.adapter.outbound.http;
