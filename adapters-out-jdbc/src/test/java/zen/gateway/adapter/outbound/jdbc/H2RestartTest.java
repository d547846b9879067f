package zen.gateway.adapter.outbound.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static zen.gateway.application.contract.Fixtures.at;
import static zen.gateway.application.contract.Fixtures.delivery;
import static zen.gateway.application.contract.Fixtures.details;
import static zen.gateway.application.contract.Fixtures.endpoint;
import static zen.gateway.application.contract.Fixtures.update;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zen.gateway.application.port.outbound.quarantine.QuarantinedInput;
import zen.gateway.domain.delivery.Delivery;
import zen.gateway.domain.message.MessageStatus;
import zen.gateway.domain.message.TrackedMessage;
import zen.gateway.domain.subscription.Endpoint;

/** What the embedded database keeps across a restart of the process. */
class H2RestartTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void storedDataIsThereAfterARestart() {
        JdbcStorage before = DATABASE.storage();
        before.stores().messages().apply(List.of(update("m-1", details("wamid.1", "bsp-1"), MessageStatus.DELIVERED, at(1))));
        TrackedMessage message = before.stores().messages().find("wamid.1").orElseThrow();
        Endpoint endpoint = endpoint("ep-1", "project-1", at(0));
        before.stores().endpoints().save(endpoint);
        Delivery delivery = delivery("evt-1", "ep-1", "project-1", at(2));
        before.stores().deliveries().insertNew(List.of(delivery));
        before.stores().projectNumbers().assign("919900000001", "project-1");
        before.stores().quarantine().keep(new QuarantinedInput("q-1", "webhook/meta", "bad", at(3),
                "{".getBytes(StandardCharsets.UTF_8)));

        JdbcStorage after = DATABASE.reopen();

        assertThat(after.stores().messages().find("wamid.1")).contains(message);
        assertThat(after.stores().endpoints().ofProject("project-1")).containsExactly(endpoint);
        assertThat(after.stores().deliveries().find(delivery.id())).contains(delivery);
        assertThat(after.stores().projectNumbers().projectOf("919900000001")).contains("project-1");
        assertThat(after.stores().quarantine().count()).isEqualTo(1);
    }
}
