package zen.gateway.domain.send;

import java.util.Arrays;
import java.util.Optional;
import zen.gateway.domain.event.Bsp;

/**
 * The APIs the gateway can send a WhatsApp message through. The id names the provider in the send API and in stored
 * sender accounts. 360dialog is a provider of its own for sending (other URL, other key) although its webhooks are
 * Meta's payload unchanged.
 */
public enum SendProvider {
    META("meta", Bsp.META),
    DIALOG360("360dialog", Bsp.META),
    TWILIO("twilio", Bsp.TWILIO),
    GUPSHUP("gupshup", Bsp.GUPSHUP),
    AISENSY("aisensy", Bsp.AISENSY),
    KARIX("karix", Bsp.KARIX);

    private final String id;
    private final Bsp webhookBsp;

    SendProvider(String id, Bsp webhookBsp) {
        this.id = id;
        this.webhookBsp = webhookBsp;
    }

    public String id() {
        return id;
    }

    /**
     * The BSP whose webhooks report the statuses of messages sent this way. A Datagen account that sends through
     * Karix's API still reports through Datagen's webhook: this is the provider's own, not every reseller's.
     */
    public Bsp webhookBsp() {
        return webhookBsp;
    }

    public static Optional<SendProvider> fromId(String id) {
        return Arrays.stream(values()).filter(provider -> provider.id.equals(id)).findFirst();
    }
}
