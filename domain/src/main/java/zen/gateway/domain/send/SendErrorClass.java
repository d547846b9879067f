package zen.gateway.domain.send;

/**
 * What a provider's error means for a message and its sender (bsp/send/README.md §3). Only {@link #THROTTLED}
 * says the provider did not process the request; a server fault may still have sent the message.
 */
public enum SendErrorClass {
    /** Not processed, because of a rate or quota limit: safe to send again later. */
    THROTTLED,
    /** The provider failed on its side, after the request reached it: the message may have gone out. */
    SERVER_FAULT,
    /** The 24-hour customer-service window is closed: a template can still be sent, free text cannot. */
    OUTSIDE_WINDOW,
    /** Wrong for this message (recipient, template, parameters, content): fails again unchanged. */
    PERMANENT,
    /** Wrong for every message of this sender (credentials, billing, quality or policy block): stop the sender. */
    SENDER_BLOCKED
}
