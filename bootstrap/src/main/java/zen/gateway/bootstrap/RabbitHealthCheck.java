package zen.gateway.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import zen.gateway.adapter.inbound.amqp.RabbitTransport;

/** The broker answers: while it does not, webhooks are answered 503 and the BSPs retry. */
final class RabbitHealthCheck extends HealthCheck {

    private final RabbitTransport rabbit;

    RabbitHealthCheck(RabbitTransport rabbit) {
        this.rabbit = rabbit;
    }

    @Override
    protected Result check() {
        RabbitTransport.Health health = rabbit.ping();
        return health.healthy() ? Result.healthy(health.detail()) : Result.unhealthy(health.detail());
    }
}
