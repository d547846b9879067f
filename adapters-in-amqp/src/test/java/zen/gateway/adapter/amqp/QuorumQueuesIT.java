package zen.gateway.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import zen.gateway.adapter.amqp.broker.RabbitSettings;
import zen.gateway.adapter.amqp.broker.Topology;
import zen.gateway.application.port.inbound.ingest.IngestResult;
import zen.gateway.application.port.outbound.forwarding.DeliveryQuery;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.delivery.DeliveryStatus;
import zen.gateway.domain.event.Bsp;

/** The same pipeline on quorum queues (which on RabbitMQ 3.10 take no priorities), retry included. */
class QuorumQueuesIT {

    private TestGateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void webhooksAreTrackedAndForwardedThroughQuorumQueues() {
        gateway = new TestGateway(Broker.settings().queueType(RabbitSettings.QueueType.QUORUM).build()).start();
        Topology topology = gateway.transport.topology();
        assertThat(Broker.queueType(topology.inboundQueue(Bsp.DATAGEN))).isEqualTo("quorum");
        assertThat(Broker.queueType(topology.delayQueue(topology.ladder().steps().getFirst()))).isEqualTo("quorum");
        gateway.subscribe("ep-q", "/q");
        gateway.sink.answer("/q", 500);

        assertThat(gateway.receiveDatagen("mid-q", "sent", 1_767_261_600_000L)).isInstanceOf(IngestResult.Accepted.class);
        await().atMost(Broker.PATIENCE).until(() -> gateway.sink.received().size() == 1);
        gateway.sink.answer("/q", 200);

        await().atMost(Broker.PATIENCE).until(() -> delivery().status() == DeliveryStatus.DELIVERED);
        assertThat(gateway.sink.received()).hasSize(2);
        assertThat(gateway.messages.find("mid-q")).isPresent();
    }

    private Delivery delivery() {
        return gateway.deliveries.list(new DeliveryQuery(TestGateway.PROJECT, null, null, null, null, null, 10)).items().getFirst();
    }
}
