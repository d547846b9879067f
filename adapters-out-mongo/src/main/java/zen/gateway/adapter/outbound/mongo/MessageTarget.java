package zen.gateway.adapter.outbound.mongo;

import static zen.gateway.adapter.outbound.mongo.MessageFields.BUSINESS_NUMBER;
import static zen.gateway.adapter.outbound.mongo.MessageFields.CAMPAIGN_ID;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PHONE_NUMBER;
import static zen.gateway.adapter.outbound.mongo.MessageFields.PROJECT_OWNER_ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zen.gateway.application.port.outbound.tracking.MessageUpdate;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageDetails;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.StatusObservation;

/**
 * One message a batch writes to, with the batch's updates for it in batch order: a message the lookup found
 * ({@link #known()} is set), or one the batch creates (its first update is its {@link #creator()}). Keys the
 * batch teaches it are taken here while the batch is routed. Not thread-safe: one batch, one thread.
 */
final class MessageTarget {

    private final KnownMessage known;
    private final String bsp;
    private String wamid;
    private String bspMessageId;
    private final List<MessageUpdate> updates = new ArrayList<>();

    private MessageTarget(KnownMessage known, String wamid, String bsp, String bspMessageId) {
        this.known = known;
        this.wamid = wamid;
        this.bsp = bsp;
        this.bspMessageId = bspMessageId;
    }

    static MessageTarget stored(KnownMessage known) {
        return new MessageTarget(known, known.wamid(), known.bsp(), known.bspMessageId());
    }

    static MessageTarget created(MessageDetails first) {
        return new MessageTarget(null, first.wamid(), first.bsp(), first.bspMessageId());
    }

    boolean createdByBatch() {
        return known == null;
    }

    KnownMessage known() {
        return known;
    }

    /** The update that creates the message: the first one routed to a target the batch creates. */
    MessageUpdate creator() {
        return updates.get(0);
    }

    String wamid() {
        return wamid;
    }

    String bsp() {
        return bsp;
    }

    String bspMessageId() {
        return bspMessageId;
    }

    void takeWamid(String learned) {
        wamid = learned;
    }

    void takeBspMessageId(String learned) {
        bspMessageId = learned;
    }

    void add(MessageUpdate update) {
        updates.add(update);
    }

    List<MessageUpdate> updates() {
        return List.copyOf(updates);
    }

    List<StatusObservation> observations() {
        return updates.stream().map(MessageUpdate::observation).toList();
    }

    int highestRank() {
        return updates.stream().mapToInt(u -> u.observation().status().rank()).max().orElseThrow();
    }

    Instant latestReceipt() {
        return updates.stream().map(u -> u.observation().receivedAt()).max(Instant::compareTo).orElseThrow();
    }

    Map<MessageStatus, Instant> earliestOccurrences() {
        Map<MessageStatus, Instant> earliest = new EnumMap<>(MessageStatus.class);
        for (MessageUpdate update : updates) {
            earliest.merge(update.observation().status(), update.observation().occurredAt(),
                    (known, offered) -> offered.isBefore(known) ? offered : known);
        }
        return earliest;
    }

    /** The failure a message keeps: the first one reported with a failed status (as {@code TrackedMessage} does). */
    Optional<Failure> firstFailure() {
        return updates.stream()
                .filter(u -> u.observation().status() == MessageStatus.FAILED && u.failure() != null)
                .map(MessageUpdate::failure)
                .findFirst();
    }

    /** For each detail field (not the keys), the first value the updates offer: the first word on a fact wins. */
    Map<String, String> offeredDetails() {
        Map<String, String> offered = new LinkedHashMap<>();
        for (MessageUpdate update : updates) {
            MessageDetails details = update.details();
            offerIfSet(offered, PHONE_NUMBER, details.phoneNumber());
            offerIfSet(offered, BUSINESS_NUMBER, details.businessNumber());
            offerIfSet(offered, PROJECT_OWNER_ID, details.projectOwnerId());
            offerIfSet(offered, CAMPAIGN_ID, details.campaignId());
        }
        return offered;
    }

    private static void offerIfSet(Map<String, String> offered, String field, String value) {
        if (value != null) {
            offered.putIfAbsent(field, value);
        }
    }
}
