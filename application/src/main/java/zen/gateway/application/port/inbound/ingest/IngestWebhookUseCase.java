package zen.gateway.application.port.inbound.ingest;

import java.util.concurrent.CompletableFuture;

/** Takes one webhook from a BSP and makes it durable; processing happens later, behind the queue. */
public interface IngestWebhookUseCase {

    /** Completes once the answer is known: only {@link IngestResult.Accepted} means the webhook is durable. */
    CompletableFuture<IngestResult> ingest(IngestWebhookCommand command);
}
