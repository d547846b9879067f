package zen.gateway.adapter.outbound.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A DNS server that answers every name with the addresses it was last told, like a rebinding attacker's. */
final class SwitchableResolver implements HostResolver {

    private volatile String[] addresses;

    SwitchableResolver(String... addresses) {
        this.addresses = addresses;
    }

    void answer(String... next) {
        this.addresses = next;
    }

    void answerNothing() {
        this.addresses = new String[0];
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String[] current = addresses;
        if (current.length == 0) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[current.length];
        for (int i = 0; i < current.length; i++) {
            resolved[i] = InetAddress.getByName(current[i]); // literals only: never a real lookup
        }
        return resolved;
    }
}
