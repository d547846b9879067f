package zen.gateway.application.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zen.gateway.domain.message.MessageStatus;

/** The status words one BSP uses, read case-insensitively. Immutable. */
final class StatusVocabulary {

    private final Map<String, MessageStatus> byWord;

    private StatusVocabulary(Map<String, MessageStatus> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** The gateway's own words ({@code accepted, sent, delivered, read, failed}), which every BSP shares. */
    static StatusVocabulary standard() {
        Map<String, MessageStatus> words = new HashMap<>();
        for (MessageStatus status : MessageStatus.values()) {
            words.put(status.wireName(), status);
        }
        return new StatusVocabulary(words);
    }

    StatusVocabulary with(String word, MessageStatus status) {
        Map<String, MessageStatus> words = new HashMap<>(byWord);
        words.put(key(word), status);
        return new StatusVocabulary(words);
    }

    Optional<MessageStatus> statusOf(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(byWord.get(key(word)));
    }

    /**
     * The word as it goes into an event id: the BSP's own word, not the mapped status, so that two different BSP
     * events mapped to one status (Meta {@code read} and {@code played}) are not taken for repeats of each other.
     */
    static String key(String word) {
        return word == null ? null : word.strip().toLowerCase(Locale.ROOT);
    }
}
