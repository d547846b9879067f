package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.adapter.outbound.http.Sends.attempt;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zen.gateway.domain.delivery.AttemptOutcome;

/**
 * A name whose DNS answers the customer's address to the first lookup and loopback to the next, the classic DNS
 * rebinding attack on a check-then-connect sender, with the real HTTP client and the JVM's installed resolver.
 * 127.0.0.2 stands in for the customer's public address (allowlisted, so the test needs no network); the gateway's
 * own service listens on 127.0.0.1 at the same port, where a second lookup would lead.
 */
class DnsRebindingTest {

    private static final String NAME = "hooks.rebinding.example";

    private CustomerEndpoint customer;
    private CustomerEndpoint inside;
    private final FakeDns dns = new FakeDns()
            .answerInTurn(NAME, List.of(new String[] {"127.0.0.2"}, new String[] {"127.0.0.1"}));
    private final HttpForwarding forwarding = HttpForwarding.start(
            HttpSenderSettings.defaults().withAllowedNetworks(List.of("127.0.0.2/32")), dns);

    @BeforeEach
    void listenOnBothAddressesAtOnePort() throws IOException {
        for (int tries = 0; inside == null; tries++) {
            customer = CustomerEndpoint.startOn("127.0.0.2", 0);
            try {
                inside = CustomerEndpoint.startOn("127.0.0.1", customer.port());
            } catch (BindException taken) {
                customer.close();
                if (tries == 10) {
                    throw taken;
                }
            }
        }
    }

    @AfterEach
    void stop() {
        forwarding.close();
        customer.close();
        inside.close();
    }

    @Test
    void theClientConnectsToTheAddressTheCheckAllowedAndNeverLooksTheNameUpAgain() {
        URI hook = URI.create("http://" + NAME + ":" + customer.port() + "/hook");

        assertThat(attempt(forwarding.sender(), hook).outcome()).isEqualTo(AttemptOutcome.Responded.status(200));

        assertThat(customer.requests).hasValue(1);
        assertThat(inside.requests).hasValue(0);
        assertThat(dns.lookups(NAME)).isEqualTo(1);
    }

    @Test
    void theNextSendChecksAgainAndRefusesTheReboundName() {
        URI hook = URI.create("http://" + NAME + ":" + customer.port() + "/hook");
        attempt(forwarding.sender(), hook);

        var second = attempt(forwarding.sender(), hook).outcome();

        assertThat(second).isInstanceOfSatisfying(AttemptOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains(NAME, "127.0.0.1", "loopback"));
        assertThat(inside.requests).hasValue(0);
        assertThat(dns.lookups(NAME)).isEqualTo(2);
    }
}
