package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachingHostResolverTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final AtomicLong now = new AtomicLong(1_000);
    private final FakeDns dns = new FakeDns()
            .answerInTurn("hooks.customer.example", List.of(new String[] {"93.184.216.34"}, new String[] {"93.184.216.35"}));
    private final CachingHostResolver resolver = new CachingHostResolver(dns, TTL, now::get);

    @Test
    void asksDnsOncePerTimeToLive() throws UnknownHostException {
        assertThat(first("hooks.customer.example")).isEqualTo("93.184.216.34");
        now.addAndGet(TTL.toNanos() - 1);
        assertThat(first("HOOKS.customer.example")).isEqualTo("93.184.216.34");
        assertThat(dns.lookups("hooks.customer.example")).isEqualTo(1);

        now.addAndGet(1);
        assertThat(first("hooks.customer.example")).isEqualTo("93.184.216.35");
        assertThat(dns.lookups("hooks.customer.example")).isEqualTo(2);
    }

    @Test
    void doesNotRememberThatANameDidNotResolve() throws UnknownHostException {
        assertThatThrownBy(() -> resolver.resolve("typo.customer.example")).isInstanceOf(UnknownHostException.class);
        dns.answer("typo.customer.example", "93.184.216.36");

        assertThat(resolver.resolve("typo.customer.example")).isNotEmpty();
    }

    @Test
    void aCallerCannotChangeWhatIsRemembered() throws UnknownHostException {
        resolver.resolve("hooks.customer.example")[0] = InetAddress.getByName("127.0.0.1");

        assertThat(first("hooks.customer.example")).isEqualTo("93.184.216.34");
    }

    private String first(String host) throws UnknownHostException {
        return resolver.resolve(host)[0].getHostAddress();
    }
}
