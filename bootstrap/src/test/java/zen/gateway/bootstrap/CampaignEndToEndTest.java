package zen.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import zen.gateway.bootstrap.config.GatewayConfiguration;

/** The campaign scenarios on the embedded default (H2, in-process queue), and a 100,000-line upload's heap. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CampaignEndToEndTest extends CampaignScenarios {

    @TempDir
    static Path dataDir;

    static final DropwizardAppExtension<GatewayConfiguration> APP = new DropwizardAppExtension<>(
            GatewayApplication.class, ResourceHelpers.resourceFilePath("test-gateway.yml"),
            ConfigOverride.config("dataDir", () -> dataDir.toString()));

    @Override
    DropwizardAppExtension<GatewayConfiguration> app() {
        return APP;
    }

    /**
     * 100,000 lines streamed in and stored without being held: the request body is generated as it is sent, and a
     * sampler measures the live heap (after a GC, every 2 s) during the upload. Prints rows/s and the live heap's
     * growth; the upload must not hold the list (100,000 recipients as objects would be tens of MB).
     */
    @Test
    void aHundredThousandLineCsvIsStreamedIntoTheStore() throws Exception {
        String project = project("+1555" + (1_000_000 + (long) (Math.random() * 8_999_999)), 100);
        String id = campaign(project);
        int lines = 100_000;
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(baseline);
        java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            System.gc();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }, 2, 2, java.util.concurrent.TimeUnit.SECONDS);
        java.net.http.HttpResponse<String> answer;
        long started = System.nanoTime();
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/api/v1/campaigns/" + id + "/recipients"))
                    .header("Authorization", "Bearer " + GatewayClient.ADMIN_KEY)
                    .header("Content-Type", "text/csv")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(lines)))
                    .build();
            answer = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"added\":" + lines);
        assertThat(counts(id).get("pending").asLong()).isEqualTo(lines);
        long growth = peak.get() - baseline;
        System.out.printf("campaign upload: %,d CSV lines in %.1f s (%,.0f rows/s); live heap %,d MB before, at most "
                + "%,d MB during (+%,d MB)%n", lines, seconds, lines / seconds, baseline >> 20, peak.get() >> 20, growth >> 20);
        assertThat(growth).isLessThan(128L << 20);
    }

    /** A CSV of {@code lines} recipients made as it is read: the test holds no list either. */
    private static final class GeneratedCsv extends java.io.InputStream {
        private final int lines;
        private int next;
        private byte[] current = "phone,name,code\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        private int position;

        GeneratedCsv(int lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (position == current.length) {
                if (next == lines) {
                    return -1;
                }
                next++;
                current = ("+9195" + String.format("%08d", next) + ",Name " + next + ",CODE" + next + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                position = 0;
            }
            return current[position++] & 0xff;
        }
    }
}
