package zen.gateway.adapter.amqp.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import zen.gateway.domain.event.Bsp;

class RabbitSettingsTest {

    @Test
    void defaultsSuitTheExistingDeployment() {
        RabbitSettings settings = RabbitSettings.builder("amqp://guest:guest@127.0.0.1:5672/").build();

        assertThat(settings.forwardingPrefetch()).isEqualTo(1000);
        assertThat(settings.prioritizedBsps()).containsExactly(Bsp.DATAGEN);
        assertThat(settings.maxPriority()).isEqualTo(5);
        assertThat(settings.queueType()).isEqualTo(RabbitSettings.QueueType.CLASSIC);
        assertThat(settings.nameSuffix()).isEmpty();
    }

    @Test
    void thePasswordIsNeverPrinted() {
        RabbitSettings settings = RabbitSettings.builder("amqp://zen:s3cret@rabbit.internal:5672/prod").build();

        assertThat(settings.toString()).doesNotContain("s3cret").contains("rabbit.internal:5672/prod");
    }

    @Test
    void onlyAmqpUrisAreTaken() {
        assertThatThrownBy(() -> RabbitSettings.builder("http://127.0.0.1:5672/").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RabbitSettings.builder("amqp://127.0.0.1/").forwardingPrefetch(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
