package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** Every source verified as configured: signatures computed here, independently of the gateway's code. */
@ExtendWith(DropwizardExtensionsSupport.class)
class VerificationEndToEndTest {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-verified.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    private GatewayClient gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(APP.getLocalPort());
    }

    @Test
    void metaBodiesMustCarryTheAppSecretsSignature() throws Exception {
        String body = Fixtures.read("meta/status-sent.json");
        String signature = "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", "meta-app-secret", body));

        GatewayClient.Answer signed = gateway.post("/webhook/meta", body, "application/json", "X-Hub-Signature-256", signature);
        GatewayClient.Answer forged = gateway.post("/webhook/meta", body, "application/json", "X-Hub-Signature-256",
                "sha256=" + "0".repeat(64));
        GatewayClient.Answer unsigned = gateway.post("/webhook/meta", body);

        assertThat(signed.status()).isEqualTo(200);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("error").asText()).startsWith("verification failed");
        assertThat(unsigned.status()).isEqualTo(401);
    }

    @Test
    void metaSubscriptionHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        GatewayClient.Answer ok = gateway.get("/webhook/meta?hub.mode=subscribe&hub.verify_token=meta-verify-token&hub.challenge=1158201444");
        GatewayClient.Answer wrong = gateway.get("/webhook/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text()).isEqualTo("1158201444");
        assertThat(wrong.status()).isEqualTo(403);
    }

    @Test
    void twilioCallbacksMustBeSignedOverThePublicUrlAndSortedParameters() throws Exception {
        String form = Fixtures.read("twilio/status-delivered.form").strip();
        StringBuilder signed = new StringBuilder("https://hooks.example.com/webhook/twilio");
        Map<String, String> sorted = new TreeMap<>();
        for (String pair : form.split("&")) {
            String[] parts = pair.split("=", 2);
            sorted.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        sorted.forEach((name, value) -> signed.append(name).append(value));
        String signature = Base64.getEncoder().encodeToString(hmac("HmacSHA1", "twilio-auth-token", signed.toString()));

        GatewayClient.Answer good = gateway.post("/webhook/twilio", form, "application/x-www-form-urlencoded", "X-Twilio-Signature", signature);
        GatewayClient.Answer bad = gateway.post("/webhook/twilio", form, "application/x-www-form-urlencoded", "X-Twilio-Signature",
                Base64.getEncoder().encodeToString(new byte[20]));

        assertThat(good.status()).as(good.text()).isEqualTo(200);
        assertThat(bad.status()).isEqualTo(401);
    }

    @Test
    void aisensyBodiesMustCarryTheWebhookSecretsSignature() throws Exception {
        String body = Fixtures.read("aisensy/status-delivered.json");

        GatewayClient.Answer signed = gateway.post("/webhook/aisensy", body, "application/json", "X-AiSensy-Signature",
                HexFormat.of().formatHex(hmac("HmacSHA256", "aisensy-secret", body)));
        GatewayClient.Answer legacyPathUnsigned = gateway.post("/partner-webhook", body);

        assertThat(signed.status()).isEqualTo(200);
        assertThat(legacyPathUnsigned.status()).isEqualTo(401);
    }

    @Test
    void sourcesThatCannotSignPresentTheirTokenAndAreRateLimited() {
        String body = Payloads.datagenStatus("rate-1", "delivered", 1767261605000L);

        GatewayClient.Answer withoutToken = gateway.post("/webhook/datagen", body);
        GatewayClient.Answer wrongToken = gateway.post("/datagen-webhook?token=wrong", body);
        GatewayClient.Answer inHeader = gateway.post("/webhook/datagen", body, "application/json", "Authorization", "Bearer datagen-token");
        GatewayClient.Answer inQuery = gateway.post("/webhook/datagen?token=datagen-token", body);
        GatewayClient.Answer overTheLimit = gateway.post("/webhook/datagen?token=datagen-token", body);

        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(inHeader.status()).isEqualTo(200);
        assertThat(inQuery.status()).isEqualTo(200);
        assertThat(overTheLimit.status()).isEqualTo(429);
        assertThat(overTheLimit.json().get("error").asText()).contains("too many");
    }

    @Test
    void aCustomTokenHeaderIsHonoured() {
        String body = Fixtures.read("gupshup/sent.json");

        assertThat(gateway.post("/webhook/gupshup", body, "application/json", "x-gupshup-token", "gupshup-token").status()).isEqualTo(200);
        assertThat(gateway.post("/webhook/gupshup", body, "application/json", "x-gupshup-token", "guess").status()).isEqualTo(401);
    }

    @Test
    void aSourceWithNothingConfiguredIsRefusedByDefaultNamingTheSetting() {
        GatewayClient.Answer karix = gateway.post("/webhook/karix", Payloads.datagenStatus("karix-1", "delivered", 1767261605000L));

        assertThat(karix.status()).isEqualTo(401);
        assertThat(karix.json().get("error").asText())
                .contains("webhooks.sources.karix.sharedTokens", "ZEN_WEBHOOKS_ALLOW_UNVERIFIED");
    }

    @Test
    void theHealthCheckIsHealthyWhenEverySourceIsVerifiedOrRefused() {
        GatewayClient admin = new GatewayClient(APP.getAdminPort());

        var check = admin.get("/healthcheck").json().get("webhook-verification");

        assertThat(check.get("healthy").asBoolean()).isTrue();
        assertThat(check.get("message").asText()).isEqualTo("every webhook source is verified or refused");
    }

    private static byte[] hmac(String algorithm, String key, String message) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
