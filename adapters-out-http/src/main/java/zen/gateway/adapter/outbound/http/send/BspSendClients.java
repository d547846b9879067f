package zen.gateway.adapter.outbound.http.send;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.domain.send.SendProvider;

/**
 * The send clients of every provider, over one HTTP client. Closing it lets requests on the wire finish (within
 * one request timeout); sends after that end as {@code NotSent}. Thread-safe.
 *
 * <pre>{@code
 * BspSendClients clients = BspSendClients.start(BspSendSettings.defaults());
 * clients.client(account.provider()).send(account, message).thenAccept(outcome -> ...);
 * }</pre>
 */
public final class BspSendClients implements AutoCloseable {

    private final SendTransport transport;
    private final Map<SendProvider, BspSendClient> clients = new EnumMap<>(SendProvider.class);

    private BspSendClients(BspSendSettings settings) {
        this.transport = new SendTransport(settings, Clock.systemUTC());
        List<ProviderApi> apis = List.of(new MetaCloudApi(), new Dialog360Api(), new TwilioApi(),
                new GupshupApi(), new AiSensyApi(), new KarixApi());
        apis.forEach(api -> clients.put(api.provider(), new HttpBspSendClient(api, transport)));
        if (clients.size() != SendProvider.values().length) {
            throw new IllegalStateException("a send provider has no client: " + clients.keySet());
        }
    }

    public static BspSendClients start(BspSendSettings settings) {
        return new BspSendClients(settings);
    }

    public BspSendClient client(SendProvider provider) {
        return clients.get(provider);
    }

    /** Every provider's client, for wiring a lookup the application owns. */
    public Map<SendProvider, BspSendClient> all() {
        return Map.copyOf(clients);
    }

    /**
     * Every provider's client behind a breaker per sender account, which a refusal of the sender (credentials,
     * billing, policy) opens for {@code openFor}: its sends then end as {@code NotSent} without a request.
     */
    public Map<SendProvider, BspSendClient> guardedPerSender(Duration openFor) {
        SenderBreakers breakers = new SenderBreakers(openFor);
        Map<SendProvider, BspSendClient> guarded = new EnumMap<>(SendProvider.class);
        clients.forEach((provider, client) -> guarded.put(provider, breakers.guard(client)));
        return Map.copyOf(guarded);
    }

    @Override
    public void close() {
        transport.close();
    }
}
