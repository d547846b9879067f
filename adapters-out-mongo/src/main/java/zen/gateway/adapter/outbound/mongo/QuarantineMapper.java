package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.QuarantineFields.BODY;
import static zen.gateway.adapter.outbound.mongo.QuarantineFields.ID;
import static zen.gateway.adapter.outbound.mongo.QuarantineFields.REASON;
import static zen.gateway.adapter.outbound.mongo.QuarantineFields.RECEIVED_AT;
import static zen.gateway.adapter.outbound.mongo.QuarantineFields.SOURCE;

import org.bson.Document;
import org.bson.types.Binary;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;

/** {@link QuarantinedInput} to and from a {@code quarantine} document; the body is kept as binary, byte for byte. */
final class QuarantineMapper {

    private QuarantineMapper() {}

    static Document toDocument(QuarantinedInput input) {
        return new Document(ID, input.id())
                .append(SOURCE, input.source())
                .append(REASON, input.reason())
                .append(RECEIVED_AT, BsonTime.date(input.receivedAt()))
                .append(BODY, new Binary(input.body()));
    }

    static QuarantinedInput toInput(Document document) {
        return new QuarantinedInput(
                document.getString(ID),
                document.getString(SOURCE),
                document.getString(REASON),
                BsonTime.instant(document.get(RECEIVED_AT)),
                document.get(BODY, Binary.class).getData());
    }
}
