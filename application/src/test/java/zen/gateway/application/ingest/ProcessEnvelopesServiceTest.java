package zen.gateway.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.FlakyDeliveryStore;
import zen.gateway.application.inmemory.InMemoryDedupFilter;
import zen.gateway.application.port.inbound.tracking.TrackMessageCommand;
import zen.gateway.application.tracking.TrackMessageService;
import zen.gateway.domain.event.Bsp;
import zen.gateway.domain.message.Failure;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;
import zen.gateway.domain.subscription.Endpoint;
import zen.gateway.domain.subscription.EndpointState;
import zen.gateway.domain.subscription.TopicPattern;

class ProcessEnvelopesServiceTest {

    private static final String BUSINESS = "919800099999";
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    private final EmbeddedPipeline pipeline = new EmbeddedPipeline(clock);

    private Endpoint endpoint(String id, String... patterns) {
        Endpoint endpoint = new Endpoint(id, "acme", URI.create("https://hooks.example.com/" + id), "s", "whsec_AAAA",
                List.of(patterns).stream().map(TopicPattern::of).toList(), Set.of(), EndpointState.ACTIVE, null,
                clock.instant(), clock.instant());
        pipeline.endpointStore.save(endpoint);
        return endpoint;
    }

    @Test
    void tracksStatusesWhateverTheirOrderAndDropsRepeats() {
        pipeline.receive(Bsp.DATAGEN,
                EmbeddedPipeline.datagenStatus("mid-1", "read", 1767261609000L, BUSINESS),
                EmbeddedPipeline.datagenStatus("mid-1", "sent", 1767261603000L, BUSINESS));
        pipeline.receive(Bsp.DATAGEN,
                EmbeddedPipeline.datagenStatus("mid-1", "Delivered", 1767261605000L, BUSINESS),
                EmbeddedPipeline.datagenStatus("mid-1", "read", 1767261609000L, BUSINESS));

        TrackedMessage message = pipeline.messages.find("mid-1").orElseThrow();
        assertThat(message.currentStatus()).isEqualTo(MessageStatus.READ);
        assertThat(message.history()).hasSize(3);
        assertThat(message.lifecycle().firstSeen(MessageStatus.DELIVERED)).contains(EmbeddedPipeline.at(1767261605000L));
        assertThat(message.details().businessNumber()).isEqualTo("+" + BUSINESS);
    }

    @Test
    void aFailureKeepsItsCodeAndReason() {
        pipeline.receive(Bsp.KARIX, EmbeddedPipeline.datagenStatus("mid-2", "Not Sent", 1767261603000L, BUSINESS));

        TrackedMessage message = pipeline.messages.find("mid-2").orElseThrow();
        assertThat(message.currentStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.failureReason()).contains(new Failure("131026", "r"));
        assertThat(message.details().bsp()).isEqualTo("karix");
    }

    @Test
    void plansOneDeliveryPerMatchingEndpointOfTheNumbersProject() {
        pipeline.numbers.assign("+" + BUSINESS, "acme");
        Endpoint all = endpoint("all", "*", "datagen.*");
        endpoint("other", "aisensy.**");

        pipeline.receive(Bsp.DATAGEN, EmbeddedPipeline.datagenStatus("mid-3", "delivered", 1767261605000L, BUSINESS));

        assertThat(pipeline.submitted).singleElement().satisfies(d -> {
            assertThat(d.endpointId()).isEqualTo(all.id());
            assertThat(d.eventType()).isEqualTo("datagen.delivery");
            assertThat(d.payload()).contains("\"event_type\":\"datagen.delivery\"", "\"mid\":\"mid-3\"", "\"project_owner_id\":\"acme\"");
        });
    }

    @Test
    void anEnvelopeHandedOverAgainPlansNothingTwice() {
        pipeline.numbers.assign("+" + BUSINESS, "acme");
        endpoint("all", "*");
        var envelope = pipeline.envelope(Bsp.DATAGEN, EmbeddedPipeline.datagenStatus("mid-4", "sent", 1767261603000L, BUSINESS));

        pipeline.process.process(List.of(envelope));
        pipeline.process.process(List.of(envelope));

        assertThat(pipeline.submitted).hasSize(1);
        assertThat(pipeline.messages.find("mid-4").orElseThrow().history()).hasSize(1);
    }

    @Test
    void deliveriesStoredButNeverHandedToTheTransportAreHandedOverWhenTheBatchComesAgain() {
        pipeline.numbers.assign("+" + BUSINESS, "acme");
        endpoint("all", "*");
        var envelope = pipeline.envelope(Bsp.DATAGEN, EmbeddedPipeline.datagenStatus("mid-7", "sent", 1767261603000L, BUSINESS));
        EmbeddedPipeline broken = pipeline;
        ProcessEnvelopesService losingSubmits = broken.processing(new InMemoryDedupFilter(), broken.deliveries, planned -> {
            throw new IllegalStateException("broker unreachable");
        });

        assertThatThrownBy(() -> losingSubmits.process(List.of(envelope))).hasMessageContaining("broker unreachable");
        pipeline.process.process(List.of(envelope));

        assertThat(pipeline.submitted).singleElement().satisfies(d -> assertThat(d.eventType()).isEqualTo("datagen.delivery"));
    }

    @Test
    void eventsOfAMessageTrackedThroughTheApiGoToItsProject() {
        new TrackMessageService(pipeline.messages, pipeline.messages, clock).track(new TrackMessageCommand(
                null, "mid-5", Bsp.DATAGEN, "919800000001", null, "acme", "camp-9", null));
        endpoint("all", "*");

        pipeline.receive(Bsp.DATAGEN, EmbeddedPipeline.datagenStatus("mid-5", "delivered", 1767261605000L, "910000000000"));

        assertThat(pipeline.submitted).hasSize(1);
        TrackedMessage message = pipeline.messages.find("mid-5").orElseThrow();
        assertThat(message.details().campaignId()).isEqualTo("camp-9");
        assertThat(message.currentStatus()).isEqualTo(MessageStatus.DELIVERED);
    }

    private static String referencing(String mid, String project) {
        return EmbeddedPipeline.datagenStatus(mid, "delivered", 1767261605000L, BUSINESS)
                .replace("\"recipient_type\":\"individual\"",
                        "\"recipient_type\":\"individual\",\"reference\":{\"project_owner_id\":\"" + project + "\"}");
    }

    @Test
    void aPayloadsProjectReferenceIsBelievedOnlyFromAVerifiedSenderOrWhenTheNumberIsThatProjects() {
        pipeline.numbers.assign("+" + BUSINESS, "acme");

        pipeline.process.process(List.of(pipeline.envelope(Bsp.DATAGEN, referencing("mid-forged", "victim"))));
        pipeline.process.process(List.of(pipeline.envelope(Bsp.DATAGEN, referencing("mid-own", "acme"))));
        pipeline.process.process(List.of(pipeline.verifiedEnvelope(Bsp.DATAGEN, referencing("mid-verified", "victim"))));
        pipeline.process.process(List.of(pipeline.envelope(Bsp.DATAGEN,
                referencing("mid-unmapped", "victim").replace(BUSINESS, "919800088888"))));

        assertThat(pipeline.messages.find("mid-forged").orElseThrow().details().projectOwnerId()).isEqualTo("acme");
        assertThat(pipeline.messages.find("mid-own").orElseThrow().details().projectOwnerId()).isEqualTo("acme");
        assertThat(pipeline.messages.find("mid-verified").orElseThrow().details().projectOwnerId()).isEqualTo("victim");
        assertThat(pipeline.messages.find("mid-unmapped").orElseThrow().details().projectOwnerId()).isNull();
    }

    @Test
    void anUnknownBodyInTheQueueIsQuarantinedNotRetriedForever() {
        pipeline.receive(Bsp.DATAGEN, "{\"nothing\":\"known\"}", "not json at all");

        assertThat(pipeline.quarantine.count()).isEqualTo(2);
        assertThat(pipeline.quarantine.newest(2)).allSatisfy(q -> assertThat(q.source()).isEqualTo("queue/datagen"));
    }

    @Test
    void whenAStoreFailsTheRepeatsAreForgottenSoTheRetryProcessesThem() {
        FlakyDeliveryStore failing = new FlakyDeliveryStore();
        failing.insertsFail(true);
        EmbeddedPipeline broken = new EmbeddedPipeline(clock);
        ProcessEnvelopesService service = broken.processing(new InMemoryDedupFilter(), failing, planned -> {});
        broken.numbers.assign("+" + BUSINESS, "acme");
        broken.endpointStore.save(new Endpoint("e", "acme", URI.create("https://x.example.com"), "s", "whsec_AAAA",
                List.of(TopicPattern.EVERYTHING), Set.of(), EndpointState.ACTIVE, null, clock.instant(), clock.instant()));
        var envelope = broken.envelope(Bsp.DATAGEN, EmbeddedPipeline.datagenStatus("mid-6", "sent", 1767261603000L, BUSINESS));

        assertThatThrownBy(() -> service.process(List.of(envelope))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service.process(List.of(envelope)))
                .as("the second try is not dropped as a repeat: it reaches the store again")
                .isInstanceOf(IllegalStateException.class);
    }
}
