package zen.gateway.domain.send;

import java.util.Locale;

/**
 * Where a send stands before the status webhooks take over. {@link #SENDING} is claimed before the request goes
 * out: a process that dies then leaves it there, and it is never sent again, because the request may have reached
 * the provider (it becomes {@link #UNKNOWN}).
 */
public enum SendState {
    /** Durable, waiting for its turn (or for the end of a throttling back-off). */
    QUEUED,
    /** Claimed by a worker; the request is going out. */
    SENDING,
    /** The provider took it and gave an id (or none): only webhooks tell more. */
    ACCEPTED,
    /** Sent and no verdict came back: settled by a webhook, or failed with {@code outcome_unknown} later. */
    UNKNOWN,
    /** Refused, or given up on. */
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a worker may (still) send it: only a queued send is ever sent. */
    public boolean sendable() {
        return this == QUEUED;
    }
}
