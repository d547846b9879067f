package zen.gateway.adapter.embedded.send;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import zen.gateway.application.port.inbound.send.WorkOffSendsUseCase;

/**
 * Drives the send worker in process: the store's queued sends are the queue (durable, and shared by the nodes of one
 * database, whose claims are compare-and-sets), one thread looks at them every {@code poll} and at once when a send
 * is queued here ({@link #nudge()}), and settles overdue ones every {@code settleEvery}. The sends themselves are
 * asynchronous: this thread never waits for a provider. Thread-safe.
 */
public final class SendPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SendPoller.class.getName());

    private final WorkOffSendsUseCase worker;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "send-poller");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();

    private SendPoller(WorkOffSendsUseCase worker) {
        this.worker = worker;
    }

    public static SendPoller start(WorkOffSendsUseCase worker, Duration poll, Duration settleEvery) {
        SendPoller poller = new SendPoller(worker);
        poller.thread.scheduleWithFixedDelay(poller::pass, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        poller.thread.scheduleWithFixedDelay(poller::settle, settleEvery.toMillis(), settleEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        return poller;
    }

    /** A send was queued: look now rather than at the next poll (many nudges make one pass). */
    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                thread.execute(this::pass);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                nudged.set(false); // closing: the send waits in the store for the next start
            }
        }
    }

    private void pass() {
        nudged.set(false);
        try {
            // a full pass may leave more due: go on while passes send something
            while (worker.sendDue() > 0 && !thread.isShutdown()) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sending due messages failed; trying again at the next poll", e);
        }
    }

    private void settle() {
        try {
            worker.settleOverdue();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settling overdue sends failed; trying again later", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
