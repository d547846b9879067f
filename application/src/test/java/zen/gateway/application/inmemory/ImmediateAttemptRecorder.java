package zen.gateway.application.inmemory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import zen.gateway.application.port.outbound.forwarding.AttemptLog;
import zen.gateway.application.port.outbound.forwarding.AttemptRecord;
import zen.gateway.application.port.outbound.forwarding.AttemptRecorder;

/**
 * An {@link AttemptRecorder} that writes each record at once, on the caller's thread, and keeps what it wrote for
 * tests to look at; a failed write fails the future. Thread-safe.
 */
public final class ImmediateAttemptRecorder implements AttemptRecorder {

    private final AttemptLog log;
    private final List<AttemptRecord> written = new CopyOnWriteArrayList<>();

    public ImmediateAttemptRecorder(AttemptLog log) {
        this.log = log;
    }

    @Override
    public CompletableFuture<Void> record(AttemptRecord record) {
        try {
            log.record(List.of(record));
            written.add(record);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The last record written. */
    public AttemptRecord last() {
        return written.getLast();
    }
}
