package zen.gateway.application.secrets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import zen.gateway.application.port.outbound.secrets.SecretBox;
import zen.gateway.application.port.outbound.send.SenderStore;
import zen.gateway.domain.send.Sender;

/**
 * The sender store with every credential value sealed, as {@link SealingEndpointStore} does for endpoint secrets:
 * every store keeps BSP credentials unreadable without the master key. Thread-safe when the store is.
 */
public final class SealingSenderStore implements SenderStore {

    private final SenderStore store;
    private final SecretBox box;

    public SealingSenderStore(SenderStore store, SecretBox box) {
        this.store = store;
        this.box = box;
    }

    @Override
    public void save(Sender sender) {
        store.save(each(sender, box::seal));
    }

    @Override
    public Optional<Sender> find(String projectOwnerId, String senderId) {
        return store.find(projectOwnerId, senderId).map(s -> each(s, box::open));
    }

    @Override
    public List<Sender> ofProject(String projectOwnerId) {
        return store.ofProject(projectOwnerId).stream().map(s -> each(s, box::open)).toList();
    }

    @Override
    public boolean delete(String projectOwnerId, String senderId) {
        return store.delete(projectOwnerId, senderId);
    }

    private static Sender each(Sender sender, UnaryOperator<String> change) {
        Map<String, String> changed = new HashMap<>();
        sender.credentials().forEach((name, value) -> changed.put(name, change.apply(value)));
        return sender.withCredentials(changed);
    }
}
