package zen.gateway.application.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.verify.Requests.form;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zen.gateway.application.verify.Verification.Rejected;
import zen.gateway.application.verify.Verification.Unsigned;
import zen.gateway.application.verify.Verification.Verified;
import zen.gateway.domain.event.Bsp;

class TwilioSignatureVerifierTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private final WebhookVerifier twilio = WebhookVerifiers.forBsp(Bsp.TWILIO, VerifierSettings.signedWith(TOKEN));

    private static Map<String, List<String>> callParameters(String number) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("CallSid", List.of("CA1234567890ABCDE"));
        parameters.put("Caller", List.of(number));
        parameters.put("Digits", List.of("1234"));
        parameters.put("From", List.of(number));
        parameters.put("To", List.of("+18005551212"));
        return parameters;
    }

    private Verification verify(String url, String signature, Map<String, List<String>> parameters) {
        return twilio.verify(form(url, Map.of("X-Twilio-Signature", signature), parameters));
    }

    /** The string Twilio signs, built here independently of the verifier. */
    private static String signed(String url, Map<String, List<String>> parameters) {
        return url + parameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().sorted().map(v -> e.getKey() + v))
                .collect(Collectors.joining());
    }

    @Test
    void twiliosHelperLibraryVectorVerifies() {
        // twilio-php/-csharp/-python RequestValidatorTest: token 12345, these parameters
        String published = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        assertThat(ReferenceHmac.sha1Base64(TOKEN, signed(URL, callParameters("+14158675309")))).isEqualTo(published);
        assertThat(verify(URL, published, callParameters("+14158675309"))).isEqualTo(new Verified("X-Twilio-Signature"));
    }

    @Test
    void twiliosDocumentationVectorVerifies() {
        String url = "https://example.com/myapp.php?foo=1&bar=2";
        assertThat(verify(url, "L/OH5YylLD5NRKLltdqwSvS0BnU=", callParameters("+14158675310"))).isInstanceOf(Verified.class);
    }

    @Test
    void theBriefsParametersGiveTheSignatureComputedIndependentlyNotTheOneTheBriefClaimed() {
        // The brief named GvWf1cFY/Q7PJx1Y1JPMwMcTlxY= for these parameters; two independent HMACs (this test's and
        // Python's hmac module) both give 0/KCTR6DLpKmkAf8muzZqo1nDgQ=, as does a third-party gist with the same input.
        Map<String, List<String>> parameters = callParameters("+12349013030");
        String computed = ReferenceHmac.sha1Base64(TOKEN, signed(URL, parameters));
        assertThat(computed).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(verify(URL, computed, parameters)).isInstanceOf(Verified.class);
        assertThat(verify(URL, "GvWf1cFY/Q7PJx1Y1JPMwMcTlxY=", parameters)).isInstanceOf(Rejected.class);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiterString = "|", value = {
            "https://mycompany.com:1234/myapp.php?foo=1&bar=2 | RSOYDt4T1cUTdK1PDd93/VVr8B8=",
            "https://mycompany.com/myapp.php?foo=1&bar=2      | kvajT1Ptam85bY51eRf/AJRuM3w=",
            "http://mycompany.com:1234/myapp.php?foo=1&bar=2  | Zmvh+3yNM1Phv2jhDCwEM3q5ebU=",
            "http://mycompany.com/myapp.php?foo=1&bar=2       | 0ZXoZLH/DfblKGATFgpif+LLRf4=",
            "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2 | CukzLTc1tT5dXEDIHm/tKBanW10=",
            "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2 | ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=",
            "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2 | RSOYDt4T1cUTdK1PDd93/VVr8B8=",
    })
    void explicitAndDefaultPortsAndCredentialsAreTriedLikeTwiliosLibraries(String url, String signature) {
        assertThat(verify(url, signature, callParameters("+14158675309"))).isInstanceOf(Verified.class);
    }

    @Test
    void repeatedParametersAreSignedWithEveryValueSortedOrDeduplicatedAsTwilioPhpDoes() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("Sid", List.of("CA123"));
        parameters.put("SidAccount", List.of("AC123"));
        parameters.put("Digits", List.of("5678", "1234", "1234"));
        String everyValue = ReferenceHmac.sha1Base64(TOKEN, signed(URL, parameters));
        assertThat(verify(URL, everyValue, parameters)).isInstanceOf(Verified.class);
        assertThat(verify(URL, "IK+Dwps556ElfBT0I3Rgjkr1wJU=", parameters)).isInstanceOf(Verified.class);
    }

    @Test
    void aJsonBodyIsSignedThroughBodySha256InTheUrl() {
        String body = "{\"property\": \"value\", \"boolean\": true}";
        String url = URL + "&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
        VerificationRequest request = new VerificationRequest(Bsp.TWILIO, "POST", url,
                Map.of("X-Twilio-Signature", "a9nBmqA0ju/hNViExpshrM61xv4="), body.getBytes(StandardCharsets.UTF_8), Map.of(),
                null, null);
        assertThat(twilio.verify(request)).isInstanceOf(Verified.class);
        VerificationRequest tampered = new VerificationRequest(Bsp.TWILIO, "POST", url,
                Map.of("X-Twilio-Signature", "a9nBmqA0ju/hNViExpshrM61xv4="), (body + " ").getBytes(StandardCharsets.UTF_8),
                Map.of(), null, null);
        assertThat(twilio.verify(tampered)).isEqualTo(new Rejected("the body does not match bodySHA256"));
    }

    @Test
    void aWhatsAppStatusCallbackSignedForTheGatewaysPublicUrl() {
        String url = "https://gw.example.com/webhook/twilio";
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("MessageSid", List.of("SM0000000000000000000000000000abcd"));
        parameters.put("MessageStatus", List.of("delivered"));
        parameters.put("To", List.of("whatsapp:+15550002222"));
        parameters.put("From", List.of("whatsapp:+15550001111"));
        parameters.put("AccountSid", List.of("AC00000000000000000000000000000001"));
        parameters.put("EventType", List.of("DELIVERED"));
        String signature = ReferenceHmac.sha1Base64("live-auth-token", signed(url, parameters));
        WebhookVerifier rotating = WebhookVerifiers.forBsp(Bsp.TWILIO, VerifierSettings.signedWith("old-token", "live-auth-token"));
        assertThat(rotating.verify(form(url, Map.of("x-twilio-signature", signature), parameters))).isInstanceOf(Verified.class);

        Map<String, List<String>> tampered = new LinkedHashMap<>(parameters);
        tampered.put("MessageStatus", List.of("read"));
        assertThat(rotating.verify(form(url, Map.of("x-twilio-signature", signature), tampered))).isInstanceOf(Rejected.class);
        Map<String, List<String>> added = new LinkedHashMap<>(parameters);
        added.put("Extra", List.of("1"));
        assertThat(rotating.verify(form(url, Map.of("x-twilio-signature", signature), added))).isInstanceOf(Rejected.class);
        assertThat(rotating.verify(form(url + "?x=1", Map.of("x-twilio-signature", signature), parameters))).isInstanceOf(Rejected.class);
    }

    @Test
    void missingOrUndecodableSignaturesAreRejected() {
        assertThat(twilio.verify(form(URL, Map.of(), callParameters("+14158675309"))))
                .isEqualTo(new Rejected("missing X-Twilio-Signature"));
        assertThat(verify(URL, "not base64!", callParameters("+14158675309")))
                .isEqualTo(new Rejected("X-Twilio-Signature is not base64"));
        assertThat(verify("https://my company.com/", "RSOYDt4T1cUTdK1PDd93/VVr8B8=", callParameters("+14158675309")))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void withoutAnAuthTokenNothingIsChecked() {
        WebhookVerifier unsigned = WebhookVerifiers.forBsp(Bsp.TWILIO, VerifierSettings.none());
        assertThat(unsigned.verify(form(URL, Map.of(), callParameters("+14158675309"))))
                .isEqualTo(new Unsigned("no auth token configured for twilio: X-Twilio-Signature not checked"));
    }
}
