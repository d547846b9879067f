package zen.gateway.adapter.outbound.http;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first {@code limit} bytes of a response body, as text, and abandons the rest: the delivery log only
 * shows the start of an answer, and a receiver answering with gigabytes must not fill the gateway's memory.
 * Abandoning cancels the subscription, which closes that one connection; small answers are read to the end so
 * their connection goes back to the pool. Used by one exchange at a time.
 */
final class TruncatedBody implements BodySubscriber<String> {

    private final CompletableFuture<String> text = new CompletableFuture<>();
    private final byte[] kept;
    private final Charset charset;
    private int size;
    private Flow.Subscription subscription;

    private TruncatedBody(int limit, Charset charset) {
        this.kept = new byte[limit];
        this.charset = charset;
    }

    static BodyHandler<String> handler(int limit) {
        return info -> new TruncatedBody(limit, charsetOf(info.headers()));
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
        boolean overflowed = false;
        for (ByteBuffer buffer : buffers) {
            int taken = Math.min(buffer.remaining(), kept.length - size);
            buffer.get(kept, size, taken);
            size += taken;
            overflowed |= buffer.hasRemaining();
        }
        if (overflowed) {
            subscription.cancel();
            finish();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        text.completeExceptionally(failure); // no effect once truncated: the kept start is the answer
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        // Cutting at a byte count may split a character; the decoder turns that tail into one U+FFFD.
        String decoded = new String(kept, 0, size, charset);
        text.complete(decoded.length() > kept.length ? decoded.substring(0, kept.length) : decoded);
    }

    private static Charset charsetOf(HttpHeaders headers) {
        return headers.firstValue("Content-Type")
                .flatMap(type -> List.of(type.split(";")).stream()
                        .map(String::strip)
                        .filter(parameter -> parameter.toLowerCase(Locale.ROOT).startsWith("charset="))
                        .map(parameter -> parameter.substring("charset=".length()).replace("\"", "").strip())
                        .findFirst())
                .flatMap(TruncatedBody::knownCharset)
                .orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> knownCharset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknownOrIllegal) {
            return Optional.empty();
        }
    }
}
