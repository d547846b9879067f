package zen.gateway.application.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import zen.gateway.domain.event.Bsp;

/** Requests for verifier tests. */
final class Requests {

    private Requests() {}

    static VerificationRequest post(Bsp bsp, String url, Map<String, String> headers, String body) {
        return new VerificationRequest(bsp, "POST", url, headers, body.getBytes(StandardCharsets.UTF_8), Map.of(),
                "198.51.100.7", null);
    }

    static VerificationRequest form(String url, Map<String, String> headers, Map<String, List<String>> parameters) {
        return new VerificationRequest(Bsp.TWILIO, "POST", url, headers, new byte[0], parameters, "198.51.100.7", null);
    }

    static VerificationRequest from(Bsp bsp, String remoteAddress, String forwardedFor) {
        return new VerificationRequest(bsp, "POST", "https://gw.example.com/webhook/" + bsp.id(), Map.of(), new byte[0],
                Map.of(), remoteAddress, forwardedFor);
    }
}
