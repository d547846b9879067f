package zen.gateway.adapter.embedded.campaigns;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import zen.gateway.application.port.inbound.campaigns.RunCampaignsUseCase;

/**
 * Drives the campaign runner in process: one thread runs a pass every {@code poll}, and passes back to back while
 * they hand recipients out. The recipients' statuses in the
 * store are the claims, so every node may run this at once. Thread-safe.
 */
public final class CampaignPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CampaignPoller.class.getName());

    private final RunCampaignsUseCase runner;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "campaign-poller");
        t.setDaemon(true);
        return t;
    });

    private CampaignPoller(RunCampaignsUseCase runner) {
        this.runner = runner;
    }

    public static CampaignPoller start(RunCampaignsUseCase runner, Duration poll) {
        CampaignPoller poller = new CampaignPoller(runner);
        poller.thread.scheduleWithFixedDelay(poller::pass, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        return poller;
    }

    private void pass() {
        try {
            // a pass that handed recipients out may leave more: go on while the send queue has room for them
            while (runner.runDue() > 0 && !thread.isShutdown()) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "running campaigns failed; trying again at the next poll", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
