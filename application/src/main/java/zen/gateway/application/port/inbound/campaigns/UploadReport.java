package zen.gateway.application.port.inbound.campaigns;

import java.util.List;

/**
 * What an upload did: every line is in exactly one of the counts. {@code invalid} lists the first bad lines
 * (at most {@link #MAX_LISTED}), {@code invalidCount} counts them all, so a huge bad file gives a bounded answer.
 */
public record UploadReport(long added, long duplicates, long optedOut, long invalidCount, List<LineError> invalid) {

    public static final int MAX_LISTED = 1_000;

    public record LineError(long line, String error) {}
}
