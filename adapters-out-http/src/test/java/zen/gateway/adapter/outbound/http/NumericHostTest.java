package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericHostTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "127.0.0.1, 127.0.0.1",
            "0x7f000001, 127.0.0.1",
            "0X7F000001, 127.0.0.1",
            "2130706433, 127.0.0.1",
            "017700000001, 127.0.0.1",
            "0177.0.0.1, 127.0.0.1",
            "0x7f.0.0.1, 127.0.0.1",
            "127.1, 127.0.0.1",
            "127.0.1, 127.0.0.1",
            "127.65535, 127.0.255.255",
            "10.1.65535, 10.1.255.255",
            "0, 0.0.0.0",
            "0x, 0.0.0.0",
            "012, 0.0.0.10",
            "127.0.0.1., 127.0.0.1",
            "255.255.255.255, 255.255.255.255",
            "4294967295, 255.255.255.255",
            "0xa9fea9fe, 169.254.169.254",
    })
    void readsWhatInetAtonReads(String host, String address) {
        assertThat(NumericHost.ipv4(host)).map(InetAddress::getHostAddress).hasValue(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "4294967296", "256.0.0.1", "1.2.3.4.5", "1..2", "08", "0x1g", "09.1.1.1",
            "127.0.0.1..", "hooks.example.com", "1e100", "127.256.1", "1.2.3.256", "0x100.0.0.1", "+1", "\u0661"})
    void readsNoAddressWhereInetAtonReadsNone(String host) {
        assertThat(NumericHost.ipv4(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "0.0.0.0", "255.255.255.255", "10.0.0.1", "192.168.100.200"})
    void theDottedQuadIsTheOneUnambiguousSpelling(String host) {
        assertThat(NumericHost.isDottedQuad(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010.0.0.1", "127.1", "2130706433", "0x7f000001", "127.0.0.1.", "256.1.1.1", "1.2.3.04"})
    void otherSpellingsAreAmbiguous(String host) {
        assertThat(NumericHost.isDottedQuad(host)).isFalse();
    }
}
