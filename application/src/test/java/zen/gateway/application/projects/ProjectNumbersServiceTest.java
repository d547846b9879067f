package zen.gateway.application.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import zen.gateway.application.inmemory.InMemoryProjectNumberStore;
import zen.gateway.application.inmemory.InMemorySharedCache;
import zen.gateway.application.port.inbound.projects.NumberTakenException;

class ProjectNumbersServiceTest {

    private final InMemoryProjectNumberStore store = new InMemoryProjectNumberStore();
    private final ProjectDirectory directory = new ProjectDirectory(store, new InMemorySharedCache(), Duration.ofMinutes(5),
            Duration.ofHours(1), Clock.systemUTC());
    private final ProjectNumbersService numbers = new ProjectNumbersService(store, directory);

    @Test
    void aNumberOfAnotherProjectIsMovedOnlyWhenTheRequestMayMoveIt() {
        assertThat(numbers.assign("acme", "91 98000 99999", false)).isEqualTo("+919800099999");
        assertThat(directory.projectOf("+919800099999")).contains("acme");

        assertThatThrownBy(() -> numbers.assign("globex", "919800099999", false)).isInstanceOf(NumberTakenException.class)
                .hasMessageContaining("another project").hasMessageNotContaining("acme");
        assertThat(directory.projectOf("+919800099999")).contains("acme");

        assertThat(numbers.assign("acme", "919800099999", false)).isEqualTo("+919800099999");
        assertThat(numbers.assign("globex", "919800099999", true)).isEqualTo("+919800099999");
        assertThat(directory.projectOf("+919800099999")).contains("globex");
    }
}
