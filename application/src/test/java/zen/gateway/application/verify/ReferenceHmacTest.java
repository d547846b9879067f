package zen.gateway.application.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The test-side HMAC must itself be right before it can vouch for anything: RFC 4231 and RFC 2202 vectors. */
class ReferenceHmacTest {

    @Test
    void rfc4231TestCase2() {
        byte[] mac = ReferenceHmac.hmac("SHA-256", "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void rfc4231TestCase6WithAKeyLongerThanABlock() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        byte[] mac = ReferenceHmac.hmac("SHA-256", key,
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void rfc2202Sha1TestCase2() {
        byte[] mac = ReferenceHmac.hmac("SHA-1", "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac)).isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    }
}
