package zen.gateway.application.send;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import zen.gateway.application.port.inbound.projects.ManageProjectNumbersUseCase;
import zen.gateway.application.port.inbound.send.ManageSendersUseCase;
import zen.gateway.application.port.inbound.send.SendConflictException;
import zen.gateway.application.port.inbound.send.SenderCommand;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;
import zen.gateway.application.port.outbound.send.BspSendClient;
import zen.gateway.application.port.outbound.send.SenderAccount;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.MessagingTier;
import zen.gateway.domain.send.SendProvider;
import zen.gateway.domain.send.Sender;

/**
 * Registers, changes and removes senders. Credentials are checked by the provider's own client (the one that will
 * use them), a base URL by the same network policy as endpoint URLs (the gateway sends credentials there), and the
 * number is mapped to the project. A project's first sender is its default; making another the default unmakes the
 * old one. Thread-safe when its store is.
 */
public final class SenderManagementService implements ManageSendersUseCase {

    private final SenderStore store;
    private final Map<SendProvider, BspSendClient> clients;
    private final DestinationPolicy destinations;
    private final ManageProjectNumbersUseCase numbers;
    private final Clock clock;

    public SenderManagementService(SenderStore store, Map<SendProvider, BspSendClient> clients,
            DestinationPolicy destinations, ManageProjectNumbersUseCase numbers, Clock clock) {
        this.store = store;
        this.clients = Map.copyOf(clients);
        this.destinations = destinations;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public synchronized Sender register(SenderCommand c) {
        if (c.bsp() == null || c.credentials() == null) {
            throw new IllegalArgumentException("business_number, bsp and credentials are required");
        }
        List<Sender> existing = store.ofProject(c.projectOwnerId());
        Instant now = clock.instant();
        Sender sender = checked(new Sender(UUID.randomUUID().toString(), c.projectOwnerId(),
                Numbers.e164(c.businessNumber(), "business_number"), provider(c.bsp()), c.credentials(), baseUrl(c.baseUrl()),
                c.ratePerSecond() == null ? Sender.DEFAULT_RATE_PER_SECOND : c.ratePerSecond(),
                existing.isEmpty() || Boolean.TRUE.equals(c.isDefault()), now, now, messagingLimit(c)), existing);
        return saved(sender, existing);
    }

    @Override
    public synchronized Optional<Sender> update(String senderId, SenderCommand c) {
        Optional<Sender> found = store.find(c.projectOwnerId(), senderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sender old = found.get();
        List<Sender> others = store.ofProject(c.projectOwnerId()).stream().filter(s -> !s.id().equals(senderId)).toList();
        SendProvider provider = c.bsp() == null ? old.provider() : provider(c.bsp());
        if (provider != old.provider() && c.credentials() == null) {
            throw new IllegalArgumentException("credentials are required when bsp changes");
        }
        Sender sender = checked(new Sender(old.id(), old.projectOwnerId(),
                c.businessNumber() == null ? old.businessNumber() : Numbers.e164(c.businessNumber(), "business_number"),
                provider, c.credentials() == null ? old.credentials() : c.credentials(),
                c.baseUrl() == null ? old.baseUrl() : baseUrl(c.baseUrl()),
                c.ratePerSecond() == null ? old.ratePerSecond() : c.ratePerSecond(),
                c.isDefault() == null ? old.isDefault() : c.isDefault(), old.createdAt(), clock.instant(),
                c.setsMessagingLimit() ? messagingLimit(c) : old.dailyUniqueRecipientsLimit()), others);
        return Optional.of(saved(sender, others));
    }

    @Override
    public List<Sender> list(String projectOwnerId) {
        return store.ofProject(projectOwnerId);
    }

    /** The number stays mapped to the project: its messages already sent still report there. */
    @Override
    public synchronized boolean delete(String projectOwnerId, String senderId) {
        return store.delete(projectOwnerId, senderId);
    }

    private Sender checked(Sender sender, List<Sender> others) {
        List<String> problems = clients.get(sender.provider()).credentialProblems(sender.credentials());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("credentials for " + sender.provider().id() + ": " + String.join("; ", problems));
        }
        // the account's own rules on a base URL: scheme, host and port only
        new SenderAccount(sender.provider(), sender.businessNumber(), sender.credentials(), sender.baseUrl());
        if (sender.baseUrl() != null) {
            destinations.refusal(sender.baseUrl()).ifPresent(why -> {
                throw new IllegalArgumentException("base_url is refused: " + why);
            });
        }
        if (others.stream().anyMatch(s -> s.businessNumber().equals(sender.businessNumber()) && s.provider() == sender.provider())) {
            throw new SendConflictException("project " + sender.projectOwnerId() + " has a " + sender.provider().id()
                    + " sender for " + sender.businessNumber() + " already");
        }
        return sender;
    }

    private Sender saved(Sender sender, List<Sender> others) {
        numbers.assign(sender.projectOwnerId(), sender.businessNumber(), false);
        Instant now = sender.updatedAt();
        if (sender.isDefault()) {
            others.stream().filter(Sender::isDefault).forEach(s -> store.save(s.withDefault(false, now)));
        }
        store.save(sender);
        return sender;
    }

    /** The limit a command sets: its tier's, or the number it gives; both given must agree. Null: no limit. */
    static Integer messagingLimit(SenderCommand c) {
        if (c.messagingTier() == null) {
            return c.dailyUniqueRecipientsLimit();
        }
        MessagingTier tier = MessagingTier.fromWire(c.messagingTier()).orElseThrow(() -> new IllegalArgumentException(
                "unknown messaging_tier '" + c.messagingTier() + "' (known: 250, 1k, 2k, 10k, 100k, unlimited)"));
        if (c.dailyUniqueRecipientsLimit() != null && !c.dailyUniqueRecipientsLimit().equals(tier.limit())) {
            throw new IllegalArgumentException("messaging_tier " + tier.wireName() + " and daily_unique_recipients_limit "
                    + c.dailyUniqueRecipientsLimit() + " disagree; give one");
        }
        return tier.limit();
    }

    static SendProvider provider(String bsp) {
        return SendProvider.fromId(bsp).orElseThrow(() -> new IllegalArgumentException("unknown bsp '" + bsp
                + "' (known: meta, 360dialog, twilio, gupshup, aisensy, karix)"));
    }

    private static URI baseUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base_url is not a URL: " + raw);
        }
    }
}
