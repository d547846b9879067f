package zen.gateway.application.send;

import zen.gateway.application.port.outbound.send.SendRecord;

/** What becomes of sends, told to whoever forwards it (the customer endpoints subscribed to send events). */
public interface SendEvents {

    /** Nobody listens. */
    SendEvents NONE = new SendEvents() {
        @Override
        public void queued(SendRecord send) {}

        @Override
        public void settled(SendRecord send) {}
    };

    /** The send was stored and will be sent. */
    void queued(SendRecord send);

    /** The provider's answer moved the send to accepted, failed or unknown (or it failed without an answer). */
    void settled(SendRecord send);
}
