package zen.gateway.application.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zen.gateway.application.port.inbound.access.Caller;
import zen.gateway.domain.access.KeyRateLimit;

/**
 * The admin keys of the configuration (several during a rotation), held as hashes only. A presented key is compared
 * with every one of them, in constant time each and without stopping at a match, so the answer's timing tells nothing
 * about which, or how much of one, was guessed. Each admin key's id is {@code admin-} and the start of its hash: the
 * audit trail tells the keys apart without revealing them. Immutable.
 */
public final class AdminKeys {

    private final List<String> hashes;
    private final KeyRateLimit rateLimit;

    public AdminKeys(List<String> keys, KeyRateLimit rateLimit) {
        List<String> hashed = new ArrayList<>();
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("an admin key cannot be blank");
            }
            hashed.add(KeyMaterial.hash(key.trim()));
        }
        if (hashed.isEmpty()) {
            throw new IllegalArgumentException("at least one admin key is needed");
        }
        this.hashes = List.copyOf(hashed);
        this.rateLimit = rateLimit;
    }

    /** The admin caller whose key has this hash. */
    Optional<Caller> match(String presentedHash) {
        String matched = null;
        for (String hash : hashes) {
            if (KeyMaterial.sameHash(hash, presentedHash)) {
                matched = hash;
            }
        }
        return matched == null ? Optional.empty() : Optional.of(Caller.admin(idOf(matched), rateLimit));
    }

    /** The id an admin key is known by: never the key, and not enough of its hash to search for it. */
    public static String idOf(String hash) {
        return "admin-" + hash.substring(0, 8);
    }
}
