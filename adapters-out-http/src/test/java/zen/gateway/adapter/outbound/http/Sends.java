package zen.gateway.adapter.outbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import zen.gateway.application.port.outbound.forwarding.OutboundRequest;
import zen.gateway.application.port.outbound.forwarding.SendResult;
import zen.gateway.application.port.outbound.forwarding.WebhookSender;

/** Shorthands for the sender tests: loopback-allowing settings, a JSON request, waiting with a deadline. */
final class Sends {

    /** Generous: a loaded 2-core build machine can be slow, and every wait ends well before this anyway. */
    static final long DEADLINE_SECONDS = 30;

    private Sends() {}

    static HttpSenderSettings loopbackAllowed() {
        return HttpSenderSettings.defaults().withAllowedNetworks(List.of("127.0.0.0/8", "::1/128"));
    }

    static OutboundRequest json(URI url) {
        return new OutboundRequest(url, Map.of("Content-Type", "application/json"),
                "{\"event_id\":\"e1\"}".getBytes(StandardCharsets.UTF_8));
    }

    static SendResult result(CompletableFuture<SendResult> sent) {
        try {
            return sent.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("a send must complete normally within the deadline", e);
        }
    }

    static SendResult.Attempted attempted(CompletableFuture<SendResult> sent) {
        SendResult result = result(sent);
        assertThat(result).isInstanceOf(SendResult.Attempted.class);
        return (SendResult.Attempted) result;
    }

    static SendResult.Attempted attempt(WebhookSender sender, URI url) {
        return attempted(sender.send(json(url)));
    }
}
