package zen.gateway.adapter.inbound.http;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The one API route whose body is a list rather than a document: a campaign's recipients (JSON or CSV), read as a
 * stream and never held whole. It gets a larger body limit and a longer read deadline than the management routes,
 * since 100,000 recipients are about 4 MB and are stored while they are read.
 */
final class BulkUploads {

    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;
    static final Duration READ_DEADLINE = Duration.ofMinutes(10);

    private static final Pattern RECIPIENTS = Pattern.compile("/?api/v1/campaigns/[^/]+/recipients/?");

    private BulkUploads() {}

    /** Whether a request to {@code path} (with or without its leading slash) is an upload. */
    static boolean isUpload(String method, String path) {
        return "POST".equalsIgnoreCase(method) && path != null && RECIPIENTS.matcher(path).matches();
    }
}
