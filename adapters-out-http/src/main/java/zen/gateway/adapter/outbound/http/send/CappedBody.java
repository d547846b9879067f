package zen.gateway.adapter.outbound.http.send;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first 64 KB of a reply and abandons the rest. Every documented reply is under 2 KB; the cap is for a
 * base URL that points at something else, which must not fill the gateway's memory. Replies are read as UTF-8,
 * which every documented one is (Gupshup's declares {@code text/html} without a charset). One exchange at a time.
 */
final class CappedBody implements BodySubscriber<String> {

    static final int LIMIT = 64 * 1024;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<String> text = new CompletableFuture<>();
    private Flow.Subscription subscription;

    static BodyHandler<String> handler() {
        return info -> new CappedBody();
    }

    @Override
    public CompletionStage<String> getBody() {
        return text;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int taken = Math.min(buffer.remaining(), LIMIT - kept.size());
            byte[] bytes = new byte[taken];
            buffer.get(bytes);
            kept.writeBytes(bytes);
            if (buffer.hasRemaining()) {
                subscription.cancel();
                onComplete();
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        text.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        text.complete(kept.toString(StandardCharsets.UTF_8));
    }
}
