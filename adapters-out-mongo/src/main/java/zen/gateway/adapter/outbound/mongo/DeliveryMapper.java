package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPTS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_ERROR;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_LATENCY_MS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_NUMBER;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_RESPONSE_BODY;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ATTEMPT_STATUS_CODE;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ENDPOINT_ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.EVENT_ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.EVENT_TYPE;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.LAST_ERROR;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.NEXT_ATTEMPT_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.PAYLOAD;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.SERIES_ATTEMPTS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.STATUS;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.UPDATED_AT;
import static zen.gateway.adapter.outbound.mongo.DeliveryFields.URL;

import java.util.List;
import java.util.Locale;
import org.bson.Document;
import zen.gateway.application.port.outbound.forwarding.DeliverySubject;
import zen.gateway.domain.delivery.Attempt;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;

/** {@link Delivery} to and from a {@code webhook_delivery_logs} document. Absent values are left out, not stored as null. */
final class DeliveryMapper {

    private DeliveryMapper() {}

    static Document toDocument(Delivery delivery) {
        Document document = new Document(ID, delivery.id())
                .append(EVENT_ID, delivery.eventId())
                .append(EVENT_TYPE, delivery.eventType())
                .append(ENDPOINT_ID, delivery.endpointId())
                .append(PROJECT_OWNER_ID, delivery.projectOwnerId())
                .append(URL, delivery.url())
                .append(STATUS, statusValue(delivery.status()))
                .append(SERIES_ATTEMPTS, delivery.seriesAttempts())
                .append(ATTEMPTS, delivery.attempts().stream().map(DeliveryMapper::toDocument).toList())
                .append(CREATED_AT, BsonTime.date(delivery.createdAt()))
                .append(UPDATED_AT, BsonTime.date(delivery.updatedAt()))
                .append(PAYLOAD, delivery.payload());
        // the message a delivery is about, in fields of their own: the logs are filtered by them
        DeliverySubject subject = DeliverySubject.of(delivery.payload());
        appendIfSet(document, DeliveryFields.WAMID, subject.wamid());
        appendIfSet(document, DeliveryFields.CUSTOMER_NUMBER, subject.customerNumber());
        appendIfSet(document, LAST_ERROR, delivery.lastError());
        appendIfSet(document, NEXT_ATTEMPT_AT, BsonTime.date(delivery.nextAttemptAt()));
        return document;
    }

    static Document toDocument(Attempt attempt) {
        Document document = new Document(ATTEMPT_NUMBER, attempt.number())
                .append(ATTEMPT_AT, BsonTime.date(attempt.at()))
                .append(ATTEMPT_LATENCY_MS, attempt.latencyMillis());
        appendIfSet(document, ATTEMPT_STATUS_CODE, attempt.statusCode());
        appendIfSet(document, ATTEMPT_ERROR, attempt.error());
        appendIfSet(document, ATTEMPT_RESPONSE_BODY, attempt.responseBody());
        return document;
    }

    static Delivery toDelivery(Document document) {
        return new Delivery(
                document.getString(ID),
                document.getString(EVENT_ID),
                document.getString(EVENT_TYPE),
                document.getString(ENDPOINT_ID),
                document.getString(PROJECT_OWNER_ID),
                document.getString(URL),
                statusOf(document.getString(STATUS)),
                document.get(SERIES_ATTEMPTS, Number.class).intValue(),
                document.getList(ATTEMPTS, Document.class, List.of()).stream().map(DeliveryMapper::toAttempt).toList(),
                document.getString(LAST_ERROR),
                BsonTime.instant(document.get(CREATED_AT)),
                BsonTime.instant(document.get(UPDATED_AT)),
                BsonTime.instant(document.get(NEXT_ATTEMPT_AT)),
                document.getString(PAYLOAD));
    }

    private static Attempt toAttempt(Document document) {
        Number statusCode = document.get(ATTEMPT_STATUS_CODE, Number.class);
        return new Attempt(
                document.get(ATTEMPT_NUMBER, Number.class).intValue(),
                BsonTime.instant(document.get(ATTEMPT_AT)),
                statusCode == null ? null : statusCode.intValue(),
                document.get(ATTEMPT_LATENCY_MS, Number.class).longValue(),
                document.getString(ATTEMPT_ERROR),
                document.getString(ATTEMPT_RESPONSE_BODY));
    }

    /** Stored in lower case, like every other enum the gateway writes ({@code dead_lettered}). */
    static String statusValue(DeliveryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static DeliveryStatus statusOf(String value) {
        return DeliveryStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static void appendIfSet(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }
}
