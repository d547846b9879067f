package zen.gateway.adapter.outbound.http.send;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zen.gateway.domain.send.SendErrorClass;

/**
 * 360dialog's own errors (bsp/send/360dialog.md §4), told apart by their words: they carry no code of their own,
 * and an HTTP 400 may be a rate limit, a disabled API or unpaid invoices. The table lists conditions, not exact
 * texts (only "Invalid api_key" is shown verbatim, on an older page), so these are the words each condition must
 * contain; capture real replies before trusting them further.
 */
final class Dialog360Errors {

    /** First match wins: a rate limit is told before the generic "blocked". */
    private static final List<Map.Entry<String, SendErrorClass>> PHRASES = List.of(
            Map.entry("rate limit", SendErrorClass.THROTTLED), // "endpoint rate limit exceeded", HTTP 400
            Map.entry("request every", SendErrorClass.THROTTLED), // older page: "limit of 1 request every * seconds"
            Map.entry("unpaid", SendErrorClass.SENDER_BLOCKED), // "blocked for unpaid invoices", HTTP 400
            Map.entry("invoice", SendErrorClass.SENDER_BLOCKED),
            Map.entry("disabled", SendErrorClass.SENDER_BLOCKED), // "WhatsApp Business API disabled", HTTP 400
            Map.entry("api_key", SendErrorClass.SENDER_BLOCKED), // "Invalid api_key", HTTP 401
            Map.entry("api key", SendErrorClass.SENDER_BLOCKED),
            Map.entry("blocked", SendErrorClass.SENDER_BLOCKED), // "endpoint blocked for this key", HTTP 403
            Map.entry("not available", SendErrorClass.SERVER_FAULT)); // "WhatsApp Business API not available", 502

    private Dialog360Errors() {}

    static Optional<SendErrorClass> classify(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return PHRASES.stream().filter(phrase -> lower.contains(phrase.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
