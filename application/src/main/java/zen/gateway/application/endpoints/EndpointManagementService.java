package zen.gateway.application.endpoints;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import zen.gateway.application.port.inbound.endpoints.EndpointCommand;
import zen.gateway.application.port.inbound.endpoints.ManageEndpointsUseCase;
import zen.gateway.application.port.outbound.endpoints.DestinationPolicy;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.application.signing.WebhookSecrets;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicLimits;
import zen.gateway.domain.subscription.TopicPattern;

/**
 * Creates, changes and removes customer endpoints. Refuses URLs the gateway must not call (private networks,
 * metadata services) at the door, and forgets the project's cached endpoints on every change so that the
 * next event already sees it.
 */
public final class EndpointManagementService implements ManageEndpointsUseCase {

    private static final int MIN_SECRET_BYTES = 24;

    private final EndpointStore store;
    private final EndpointDirectory directory;
    private final DestinationPolicy destinations;
    private final Clock clock;

    public EndpointManagementService(EndpointStore store, EndpointDirectory directory, DestinationPolicy destinations, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.destinations = destinations;
        this.clock = clock;
    }

    @Override
    public Endpoint configure(EndpointCommand command) {
        Instant now = clock.instant();
        Endpoint endpoint = new Endpoint(UUID.randomUUID().toString(), command.projectOwnerId().trim(),
                url(command.webhookUrl()),
                command.sharedSecret() != null ? sharedSecret(command.sharedSecret()) : WebhookSecrets.newSharedSecret(),
                command.signingSecret() != null ? signingSecret(command.signingSecret()) : WebhookSecrets.newSigningSecret(),
                patterns(command.topics()), statuses(command.statusFilter()),
                Boolean.FALSE.equals(command.enabled()) ? EndpointState.PAUSED : EndpointState.ACTIVE,
                null, now, now);
        return saved(endpoint);
    }

    @Override
    public Optional<Endpoint> update(String endpointId, EndpointCommand command) {
        return store.find(command.projectOwnerId(), endpointId).map(existing -> {
            EndpointState state = command.enabled() == null ? existing.state()
                    : command.enabled() ? EndpointState.ACTIVE : EndpointState.PAUSED;
            return saved(new Endpoint(existing.id(), existing.projectOwnerId(), url(command.webhookUrl()),
                    command.sharedSecret() != null ? sharedSecret(command.sharedSecret()) : existing.sharedSecret(),
                    command.signingSecret() != null ? signingSecret(command.signingSecret()) : existing.signingSecret(),
                    patterns(command.topics()), statuses(command.statusFilter()),
                    state, state == existing.state() ? existing.stateReason() : null, existing.createdAt(), clock.instant()));
        });
    }

    @Override
    public boolean delete(String projectOwnerId, String endpointId) {
        boolean deleted = store.delete(projectOwnerId, endpointId);
        directory.forget(projectOwnerId);
        return deleted;
    }

    @Override
    public int deleteAll(String projectOwnerId) {
        int deleted = store.deleteAll(projectOwnerId);
        directory.forget(projectOwnerId);
        return deleted;
    }

    @Override
    public List<Endpoint> list(String projectOwnerId) {
        return store.ofProject(projectOwnerId);
    }

    @Override
    public Optional<Endpoint> pause(String projectOwnerId, String endpointId) {
        return store.find(projectOwnerId, endpointId)
                .map(e -> saved(e.withState(EndpointState.PAUSED, "paused by request", clock.instant())));
    }

    @Override
    public Optional<Endpoint> resume(String projectOwnerId, String endpointId) {
        return store.find(projectOwnerId, endpointId)
                .map(e -> saved(e.withState(EndpointState.ACTIVE, null, clock.instant())));
    }

    @Override
    public Optional<Endpoint> rotateSecrets(String projectOwnerId, String endpointId) {
        return store.find(projectOwnerId, endpointId).map(e -> saved(new Endpoint(e.id(), e.projectOwnerId(), e.url(),
                WebhookSecrets.newSharedSecret(), WebhookSecrets.newSigningSecret(), e.topics(), e.statusFilter(), e.state(),
                e.stateReason(), e.createdAt(), clock.instant())));
    }

    @Override
    public int setProjectPaused(String projectOwnerId, boolean paused) {
        EndpointState wanted = paused ? EndpointState.PAUSED : EndpointState.ACTIVE;
        int changed = 0;
        for (Endpoint endpoint : store.ofProject(projectOwnerId)) {
            // Resuming a project must not silently re-enable an endpoint whose receiver said 410 Gone.
            boolean applies = paused ? endpoint.state() == EndpointState.ACTIVE : endpoint.state() == EndpointState.PAUSED;
            if (applies) {
                store.save(endpoint.withState(wanted, paused ? "project paused" : null, clock.instant()));
                changed++;
            }
        }
        directory.forget(projectOwnerId);
        return changed;
    }

    private Endpoint saved(Endpoint endpoint) {
        store.save(endpoint);
        directory.forget(endpoint.projectOwnerId());
        return endpoint;
    }

    private URI url(String raw) {
        URI url;
        try {
            url = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook_url is not a valid URL: " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("webhook_url must be an http or https URL");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("webhook_url needs a host");
        }
        if (url.getPort() != -1 && (url.getPort() < 1 || url.getPort() > 65_535)) {
            throw new IllegalArgumentException("webhook_url: the port must be 1 to 65535, not " + url.getPort());
        }
        destinations.refusal(url).ifPresent(reason -> {
            throw new IllegalArgumentException("webhook_url is not allowed: " + reason);
        });
        return url;
    }

    /** Within the limits a customer may configure (TopicLimits); stored endpoints load whatever they hold. */
    private static List<TopicPattern> patterns(List<String> topics) {
        List<String> trimmed = new ArrayList<>();
        for (String topic : topics) {
            trimmed.add(topic == null ? "" : topic.trim());
        }
        return TopicLimits.configured(trimmed);
    }

    private static Set<MessageStatus> statuses(List<String> names) {
        Set<MessageStatus> statuses = EnumSet.noneOf(MessageStatus.class);
        for (String name : names) {
            statuses.add(MessageStatus.fromWireName(name).orElseThrow(() -> new IllegalArgumentException(
                    "status_filter: unknown status '" + name + "' (accepted, sent, delivered, read, failed)")));
        }
        return statuses;
    }

    /** At least 24 bytes, as the Standard Webhooks key: a short secret is guessed offline from one signed delivery. */
    private static String sharedSecret(String secret) {
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (secret.isBlank() || bytes < MIN_SECRET_BYTES || secret.length() > 512) {
            throw new IllegalArgumentException("shared_secret must be " + MIN_SECRET_BYTES + " bytes to 512 characters");
        }
        return secret;
    }

    private static String signingSecret(String secret) {
        if (!WebhookSecrets.isConfigurableSigningSecret(secret)) {
            throw new IllegalArgumentException("signing_secret must be whsec_ followed by the base64 of a 24 to 64 byte key");
        }
        return secret;
    }
}
