package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;

/**
 * Installs {@link PinnedFirstResolver} over the JDK's built-in resolver as the JVM's name resolution, through the
 * resolver SPI of JDK 18 (JEP 418), so the webhook client connects to the addresses the destination policy checked
 * (see {@link AddressPins}). Without it the client would look the name up again after the check, and a DNS server
 * answering a public address to the check and 127.0.0.1 to the client (DNS rebinding) would have the gateway call
 * itself. Names nobody pinned, and reverse lookups, go to the built-in resolver unchanged.
 *
 * <p>The JDK loads the first provider listed in {@code META-INF/services} on the first lookup of the JVM, and not
 * at all when {@code jdk.net.hosts.file} is set: {@link HttpForwarding} refuses to start when this one is not the
 * one installed. Public with a public constructor only because {@link java.util.ServiceLoader} needs them.
 */
public final class PinningResolverProvider extends InetAddressResolverProvider {

    private static volatile InetAddressResolver builtin;

    /** For {@link java.util.ServiceLoader}. */
    public PinningResolverProvider() {}

    @Override
    public InetAddressResolver get(Configuration configuration) {
        builtin = configuration.builtinResolver();
        return new PinnedFirstResolver(configuration.builtinResolver());
    }

    @Override
    public String name() {
        return "zen-gateway pinned webhook destinations";
    }

    /** The JDK's own resolver, which the destination policy asks: pins must not answer the check they come from. */
    static InetAddressResolver builtin() {
        requireInstalled();
        return builtin;
    }

    static void requireInstalled() {
        if (builtin == null) {
            try {
                InetAddress.getAllByName("localhost"); // the JDK chooses its resolver on the first lookup
            } catch (UnknownHostException ignored) {
                // the resolver is chosen all the same
            }
        }
        if (builtin == null) {
            throw new IllegalStateException("webhook destinations cannot be pinned: the JVM resolves names with "
                    + "another resolver than " + PinningResolverProvider.class.getName() + " (is it missing from "
                    + "META-INF/services/java.net.spi.InetAddressResolverProvider, listed after another provider, "
                    + "or is jdk.net.hosts.file set?)");
        }
    }
}
