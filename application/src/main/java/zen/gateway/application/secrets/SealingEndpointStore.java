package zen.gateway.application.secrets;

import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.application.port.outbound.secrets.SecretBox;
import zen.gateway.domain.subscription.Endpoint;

/**
 * The endpoint store with the secrets sealed: what is saved has its shared and signing secrets sealed by the box, what
 * is read has them opened, so every store keeps them unreadable without the master key while everything above sees
 * them as they are. Endpoints saved before secrets were sealed open as they are ({@link SecretBox#open}), and
 * {@link #sealUnsealed()} seals them. Thread-safe when the store is.
 */
public final class SealingEndpointStore implements EndpointStore {

    private final EndpointStore store;
    private final SecretBox box;

    public SealingEndpointStore(EndpointStore store, SecretBox box) {
        this.store = store;
        this.box = box;
    }

    @Override
    public void save(Endpoint endpoint) {
        store.save(withSecrets(endpoint, box.seal(endpoint.sharedSecret()), box.seal(endpoint.signingSecret())));
    }

    @Override
    public Optional<Endpoint> find(String projectOwnerId, String endpointId) {
        return store.find(projectOwnerId, endpointId).map(this::opened);
    }

    @Override
    public List<Endpoint> ofProject(String projectOwnerId) {
        return store.ofProject(projectOwnerId).stream().map(this::opened).toList();
    }

    @Override
    public List<String> projects() {
        return store.projects();
    }

    @Override
    public boolean delete(String projectOwnerId, String endpointId) {
        return store.delete(projectOwnerId, endpointId);
    }

    @Override
    public int deleteAll(String projectOwnerId) {
        return store.deleteAll(projectOwnerId);
    }

    /**
     * Seals the secrets of every endpoint stored before they were sealed; returns how many endpoints it sealed. Safe
     * to run on several nodes at once: each writes a sealed copy of the same secrets.
     */
    public int sealUnsealed() {
        int sealed = 0;
        for (String project : store.projects()) {
            for (Endpoint stored : store.ofProject(project)) {
                if (!isSealed(stored.sharedSecret()) || !isSealed(stored.signingSecret())) {
                    save(opened(stored));
                    sealed++;
                }
            }
        }
        return sealed;
    }

    /** Sealed text never equals what it seals, and text never sealed opens to itself. */
    private boolean isSealed(String stored) {
        return !box.open(stored).equals(stored);
    }

    private Endpoint opened(Endpoint stored) {
        return withSecrets(stored, box.open(stored.sharedSecret()), box.open(stored.signingSecret()));
    }

    private static Endpoint withSecrets(Endpoint e, String shared, String signing) {
        return new Endpoint(e.id(), e.projectOwnerId(), e.url(), shared, signing, e.topics(), e.statusFilter(), e.state(),
                e.stateReason(), e.createdAt(), e.updatedAt());
    }
}
