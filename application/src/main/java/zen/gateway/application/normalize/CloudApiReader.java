package zen.gateway.application.normalize;

import static zen.gateway.application.normalize.Fields.first;
import static zen.gateway.application.normalize.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import zen.gateway.application.normalize.Normalization.Malformed;
import zen.gateway.application.normalize.Normalization.Recognized;
import zen.gateway.application.normalize.Normalization.Unrecognized;
import zen.gateway.domain.event.BspNotice;
import zen.gateway.domain.event.EventId;

/**
 * Walks a Cloud API webhook ({@code object: whatsapp_business_account}, {@code entry[].changes[].value}) and makes
 * one event per status, message and error in it: one POST may carry many entries, changes and items. A change of
 * another field than {@code messages} (template or account updates) is one notice on {@code <bsp>.<field>}; Gupshup's
 * {@code platform-event} connectivity check is recognized and makes no event. Stateless and thread-safe.
 *
 * <p>Each event's payload is the webhook cut down to that one item: the same envelope, entry, change and value
 * (metadata, contacts, Gupshup's {@code gs_app_id}) with only this status, message or error in its array. Customers
 * get a valid Cloud API webhook they can parse as such, and no other customer's items.
 */
final class CloudApiReader {

    private static final String WHATSAPP_BUSINESS_ACCOUNT = "whatsapp_business_account";
    private static final String MESSAGES_FIELD = "messages";
    private static final String PLATFORM_EVENT_FIELD = "platform-event";
    private static final String ERROR_KIND = "error";

    private final CloudApiDialect dialect;
    private final CloudApiItems items;

    CloudApiReader(CloudApiDialect dialect) {
        this.dialect = dialect;
        this.items = new CloudApiItems(dialect);
    }

    /** Whether a body claims to be a Cloud API webhook, so another BSP's normalizer should hand it over. */
    static boolean looksLikeCloudApi(JsonNode body) {
        return WHATSAPP_BUSINESS_ACCOUNT.equals(Fields.string(body, "object"))
                || (Fields.isArray(body, "entry") && Fields.at(body, "object").isMissingNode());
    }

    Normalization read(JsonNode body, Instant receivedAt) {
        String object = Fields.string(body, "object");
        if (object != null && !WHATSAPP_BUSINESS_ACCOUNT.equals(object)) {
            return new Unrecognized("object \"" + JsonBodies.shorten(object) + "\" is not " + WHATSAPP_BUSINESS_ACCOUNT);
        }
        List<JsonNode> entries = Fields.elements(body, "entry");
        if (entries.isEmpty()) {
            return new Unrecognized("no entries (entry must be a non-empty array)");
        }
        List<NormalizedEvent> events = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            JsonNode entry = entries.get(e);
            List<JsonNode> changes = Fields.elements(entry, "changes");
            if (changes.isEmpty()) {
                return new Unrecognized("entry[" + e + "] has no changes");
            }
            for (int c = 0; c < changes.size(); c++) {
                String where = "entry[" + e + "].changes[" + c + "]";
                Normalization part = change(new CloudApiChange(body, entry, changes.get(c), dialect), where, receivedAt);
                switch (part) {
                    case Recognized recognized -> events.addAll(recognized.events());
                    case Unrecognized unrecognized -> {
                        return new Unrecognized(where + ": " + unrecognized.reason());
                    }
                    case Malformed malformed -> {
                        return malformed;
                    }
                }
            }
        }
        return new Recognized(events);
    }

    private Normalization change(CloudApiChange change, String where, Instant receivedAt) {
        if (change.value() == null) {
            return new Unrecognized("no value object");
        }
        String field = Fields.string(change.change(), "field");
        if (PLATFORM_EVENT_FIELD.equals(field)) {
            // Gupshup's connectivity check: it only wants a 2xx, there is nothing to process or forward
            return new Recognized(List.of());
        }
        if (field != null && !MESSAGES_FIELD.equals(field)) {
            return new Recognized(List.of(fieldNotice(change, field, receivedAt)));
        }
        boolean hasItems = false;
        List<NormalizedEvent> events = new ArrayList<>();
        for (String array : List.of("statuses", "messages", "errors")) {
            if (!Fields.isArray(change.value(), array)) {
                continue;
            }
            hasItems = true;
            List<JsonNode> elements = Fields.elements(change.value(), array);
            for (int i = 0; i < elements.size(); i++) {
                JsonNode item = elements.get(i);
                if (!item.isObject()) {
                    return new Unrecognized(array + "[" + i + "] is not an object");
                }
                Normalization made = switch (array) {
                    case "statuses" -> items.status(change, item, receivedAt);
                    case "messages" -> items.message(change, item, receivedAt);
                    default -> new Recognized(List.of(errorNotice(change, item, receivedAt)));
                };
                if (made instanceof Unrecognized unrecognized) {
                    return new Unrecognized(array + "[" + i + "]: " + unrecognized.reason());
                }
                events.addAll(((Recognized) made).events());
            }
        }
        return hasItems ? new Recognized(events) : new Unrecognized("a messages change without statuses, messages or errors");
    }

    /** An error Meta could not tie to one message (rate limits, app problems): forwarded, not tracked. */
    private NormalizedEvent errorNotice(CloudApiChange change, JsonNode error, Instant receivedAt) {
        String code = text(error, "code");
        String title = first(text(error, "title"), text(error, "message"));
        BspNotice notice = new BspNotice(
                EventId.derive(dialect.bsp().id(), ERROR_KIND, change.phoneNumberId(), text(change.entry(), "time"), error.toString()),
                dialect.bsp(),
                dialect.bsp().topic(ERROR_KIND),
                Timestamps.parse(Fields.at(change.entry(), "time"), receivedAt),
                change.businessNumber(),
                null,
                code == null ? title : title == null ? code : code + " " + title);
        return new NormalizedEvent(notice, change.cutDownTo("errors", error));
    }

    private NormalizedEvent fieldNotice(CloudApiChange change, String field, Instant receivedAt) {
        JsonNode value = change.value();
        BspNotice notice = new BspNotice(
                EventId.derive(dialect.bsp().id(), field, text(change.entry(), "id"), text(change.entry(), "time"), value.toString()),
                dialect.bsp(),
                BspTopics.of(dialect.bsp(), field),
                Timestamps.parse(Fields.at(change.entry(), "time"), receivedAt),
                first(change.businessNumber(), text(change.entry(), "id")),
                null,
                first(text(value, "message_template_name"), text(value, "event"), text(value, "display_phone_number"),
                        text(value, "type")));
        return new NormalizedEvent(notice, change.cutDownTo(null, null));
    }
}
