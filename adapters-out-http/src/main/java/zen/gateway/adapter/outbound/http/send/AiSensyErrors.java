package zen.gateway.adapter.outbound.http.send;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zen.gateway.domain.send.SendErrorClass;

/**
 * AiSensy's error words, from bsp/send/aisensy.md §4. AiSensy documents none: these are strings a third-party
 * dispatcher logged from real replies [3P-err]. Account problems come as 400 or 402, so the words decide, not the
 * status.
 */
final class AiSensyErrors {

    private static final List<Map.Entry<String, SendErrorClass>> PHRASES = List.of(
            Map.entry("invalid number", SendErrorClass.PERMANENT),
            Map.entry("campaign does not exist", SendErrorClass.PERMANENT), // or not live: this template's campaign
            Map.entry("template params does not match", SendErrorClass.PERMANENT),
            Map.entry("no plan active", SendErrorClass.SENDER_BLOCKED), // HTTP 400, ERR400
            Map.entry("insufficient whatsapp conversation credits", SendErrorClass.SENDER_BLOCKED)); // 402, ERR402

    private AiSensyErrors() {}

    static Optional<SendErrorClass> classify(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return PHRASES.stream().filter(phrase -> lower.contains(phrase.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
