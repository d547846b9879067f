package zen.gateway.adapter.inbound.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerKeyFilterTest {

    @Test
    void theKeyIsReadFromABearerHeaderInAnyCase() {
        assertThat(BearerKeyFilter.bearerKey("Bearer zen_abc")).isEqualTo("zen_abc");
        assertThat(BearerKeyFilter.bearerKey("  bearer   zen_abc  ")).isEqualTo("zen_abc");
        assertThat(BearerKeyFilter.bearerKey("BEARER zen_abc")).isEqualTo("zen_abc");
    }

    @Test
    void otherSchemesAndEmptyHeadersCarryNoKey() {
        assertThat(BearerKeyFilter.bearerKey(null)).isNull();
        assertThat(BearerKeyFilter.bearerKey("Bearer")).isNull();
        assertThat(BearerKeyFilter.bearerKey("Bearer   ")).isNull();
        assertThat(BearerKeyFilter.bearerKey("Basic dXNlcjpwYXNz")).isNull();
        assertThat(BearerKeyFilter.bearerKey("zen_abc")).isNull();
    }
}
