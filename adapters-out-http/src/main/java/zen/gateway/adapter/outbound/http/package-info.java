/**
 * Outbound HTTP: webhook delivery to customer endpoints over {@code java.net.http}, bounded in flight in all and
 * per endpoint (so a slow receiver holds only its share), behind per-URL circuit breakers that also open on slow
 * calls, and never to the gateway's own, private or special-purpose networks unless allowlisted:
 * each send connects to the very addresses its destination check allowed, through the JVM-wide name resolution
 * that {@link zen.gateway.adapter.outbound.http.PinningResolverProvider} installs.
 * {@link zen.gateway.adapter.outbound.http.HttpForwarding} builds everything from
 * {@link zen.gateway.adapter.outbound.http.HttpSenderSettings}; every other class is package-private, but for the
 * resolver provider, which {@link java.util.ServiceLoader} must see.
 */
package zen.gateway.adapter.outbound.http;
