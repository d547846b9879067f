package zen.gateway.bootstrap.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP to a gateway process: what a BSP and an operator send it. Every request carries the admin key the
 * process was started with ({@link GatewayProcess#ADMIN_KEY}); webhooks ignore it.
 */
final class GatewayHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> send(String url, String method, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + GatewayProcess.ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String datagenDelivered(String business, String mid) {
        return """
                {"channel":"WABA","recipient":{"to":"919800000001","recipient_type":"individual"},
                 "sender":{"from":"%s"},
                 "events":{"eventType":"DELIVERY EVENTS","timestamp":"1767261605000","mid":"%s"},
                 "notificationAttributes":{"status":"delivered","reason":"r","code":"101"}}
                """.formatted(business, mid);
    }
}
