package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PinnedFirstResolverTest {

    private static final LookupPolicy ANY = LookupPolicy.of(LookupPolicy.IPV4 | LookupPolicy.IPV6);

    /** Answers loopback to everything, as DNS rebinding does on the lookup after the check. */
    private final InetAddressResolver rebinding = new InetAddressResolver() {
        @Override
        public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
            return Stream.of(InetAddress.getByName("127.0.0.1"));
        }

        @Override
        public String lookupByAddress(byte[] address) {
            return "rebound.example";
        }
    };
    private final PinnedFirstResolver resolver = new PinnedFirstResolver(rebinding);

    @Test
    void aPinnedNameAnswersWithItsPinAndNeverAsksDns() throws Exception {
        try (var pin = AddressPins.pin("Hooks.Pinned-First.Example", List.of(ip("93.184.216.34")))) {
            assertThat(addresses("hooks.pinned-first.example", ANY)).containsExactly("93.184.216.34");
        }
        assertThat(addresses("hooks.pinned-first.example", ANY)).containsExactly("127.0.0.1");
    }

    @Test
    void answersOnlyTheFamiliesAskedForInTheOrderAskedFor() throws Exception {
        List<InetAddress> both = List.of(ip("2606:4700:4700::1111"), ip("93.184.216.34"));
        try (var pin = AddressPins.pin("families.pinned-first.example", both)) {
            assertThat(addresses("families.pinned-first.example", LookupPolicy.of(LookupPolicy.IPV4)))
                    .containsExactly("93.184.216.34");
            assertThat(addresses("families.pinned-first.example",
                    LookupPolicy.of(LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV4_FIRST)))
                    .containsExactly("93.184.216.34", "2606:4700:4700:0:0:0:0:1111");
            assertThat(addresses("families.pinned-first.example", ANY))
                    .containsExactly("2606:4700:4700:0:0:0:0:1111", "93.184.216.34");
        }
    }

    @Test
    void aPinWithoutTheFamilyAskedForDoesNotResolveRatherThanAskDns() throws Exception {
        try (var pin = AddressPins.pin("v6only.pinned-first.example", List.of(ip("2606:4700:4700::1111")))) {
            assertThatThrownBy(() -> resolver.lookupByName("v6only.pinned-first.example",
                    LookupPolicy.of(LookupPolicy.IPV4))).isInstanceOf(UnknownHostException.class);
        }
    }

    @Test
    void sendsToTheSameNameShareThePinUntilTheLastOneEnds() throws Exception {
        var first = AddressPins.pin("shared.pinned-first.example", List.of(ip("93.184.216.34")));
        var second = AddressPins.pin("shared.pinned-first.example", List.of(ip("93.184.216.35")));

        first.close();
        first.close(); // harmless: still counted once
        assertThat(addresses("shared.pinned-first.example", ANY)).containsExactly("93.184.216.35");
        second.close();
        assertThat(AddressPins.pinned("shared.pinned-first.example")).isEmpty();
    }

    @Test
    void reverseLookupsAreNotItsBusiness() throws Exception {
        assertThat(resolver.lookupByAddress(new byte[] {93, (byte) 184, (byte) 216, 34})).isEqualTo("rebound.example");
    }

    @Test
    void theJvmsOwnNameResolutionIsTheOneInstalled() throws Exception {
        PinningResolverProvider.requireInstalled();

        try (var pin = AddressPins.pin("jvm-wide.pinned-first.example", List.of(ip("127.0.0.2")))) {
            assertThat(InetAddress.getAllByName("jvm-wide.pinned-first.example"))
                    .extracting(InetAddress::getHostAddress).containsExactly("127.0.0.2");
        }
    }

    private List<String> addresses(String host, LookupPolicy policy) throws UnknownHostException {
        return resolver.lookupByName(host, policy).map(InetAddress::getHostAddress).toList();
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
    }
}
