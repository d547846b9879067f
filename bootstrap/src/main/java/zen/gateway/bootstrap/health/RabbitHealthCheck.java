package zen.gateway.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import zen.gateway.adapter.amqp.RabbitTransport;

/** The broker answers: while it does not, webhooks are answered 503 and the BSPs retry. */
public final class RabbitHealthCheck extends HealthCheck {

    private final RabbitTransport rabbit;

    public RabbitHealthCheck(RabbitTransport rabbit) {
        this.rabbit = rabbit;
    }

    @Override
    protected Result check() {
        RabbitTransport.Health health = rabbit.ping();
        return health.healthy() ? Result.healthy(health.detail()) : Result.unhealthy(health.detail());
    }
}
