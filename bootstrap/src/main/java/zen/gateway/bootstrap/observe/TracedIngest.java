package zen.gateway.bootstrap.observe;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.inbound.ingest.IngestWebhookCommand;
import zen.gateway.application.port.inbound.ingest.IngestWebhookUseCase;
import zen.gateway.application.port.outbound.observe.Tracing;

/**
 * The {@code ingest} span: a webhook from its arrival until it is durable (child of the BSP's own trace context when
 * it sent one). Its context replaces the BSP's in the headers the envelope keeps, so processing joins it across the
 * queue.
 */
public final class TracedIngest implements IngestWebhookUseCase {

    private final IngestWebhookUseCase delegate;
    private final Tracing tracing;

    public TracedIngest(IngestWebhookUseCase delegate, Tracing tracing) {
        this.delegate = delegate;
        this.tracing = tracing;
    }

    @Override
    public CompletableFuture<IngestResult> ingest(IngestWebhookCommand command) {
        Tracing.Span span = tracing.start("ingest " + command.bsp().id(), Tracing.Kind.SERVER, command.headers());
        span.attribute("zen.bsp", command.bsp().id());
        Map<String, String> headers = new HashMap<>(command.headers());
        headers.remove("traceparent");
        headers.remove("tracestate");
        span.inject(headers);
        IngestWebhookCommand traced = new IngestWebhookCommand(command.bsp(), headers, command.body(), command.publicUrl(),
                command.remoteAddress());
        return delegate.ingest(traced).whenComplete((result, failure) -> {
            if (!(result instanceof IngestResult.Accepted)) {
                span.failed(failure != null ? failure.toString() : String.valueOf(result));
            }
            span.close();
        });
    }
}
