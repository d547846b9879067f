package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.EndpointFields.CREATED_AT;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.ID;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.PROJECT_OWNER_ID;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.SECRET;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.SIGNING_SECRET;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.STATE;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.STATE_REASON;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.STATUS_FILTER;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.TOPICS;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.UPDATED_AT;
import static zen.gateway.adapter.outbound.mongo.EndpointFields.URL;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bson.Document;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

/** {@link Endpoint} to and from a {@code webhooks} document. */
final class EndpointMapper {

    private EndpointMapper() {}

    static Document toDocument(Endpoint endpoint) {
        return new Document(ID, endpoint.id())
                .append(PROJECT_OWNER_ID, endpoint.projectOwnerId())
                .append(URL, endpoint.url().toString())
                .append(SECRET, endpoint.sharedSecret())
                .append(SIGNING_SECRET, endpoint.signingSecret())
                .append(TOPICS, endpoint.topics().stream().map(TopicPattern::value).toList())
                // sorted, so that saving the same endpoint twice writes the same document
                .append(STATUS_FILTER, endpoint.statusFilter().stream().sorted().map(MessageStatus::wireName).toList())
                .append(STATE, endpoint.state().name().toLowerCase(Locale.ROOT))
                .append(STATE_REASON, endpoint.stateReason())
                .append(CREATED_AT, BsonTime.date(endpoint.createdAt()))
                .append(UPDATED_AT, BsonTime.date(endpoint.updatedAt()));
    }

    static Endpoint toEndpoint(Document document) {
        return new Endpoint(
                document.getString(ID),
                document.getString(PROJECT_OWNER_ID),
                URI.create(document.getString(URL)),
                document.getString(SECRET),
                document.getString(SIGNING_SECRET),
                document.getList(TOPICS, String.class, List.of()).stream().map(TopicPattern::of).toList(),
                document.getList(STATUS_FILTER, String.class, List.of()).stream()
                        .map(name -> MessageStatus.fromWireName(name).orElseThrow(
                                () -> new IllegalStateException("endpoint " + document.get(ID) + " filters an unknown status " + name)))
                        .collect(Collectors.toSet()),
                EndpointState.valueOf(document.getString(STATE).toUpperCase(Locale.ROOT)),
                document.getString(STATE_REASON),
                BsonTime.instant(document.get(CREATED_AT)),
                BsonTime.instant(document.get(UPDATED_AT)));
    }
}
