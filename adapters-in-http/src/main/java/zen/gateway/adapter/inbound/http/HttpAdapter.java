package zen.gateway.adapter.inbound.http;

import java.util.List;

/** The providers this adapter registers besides its resources: the error mappers that give every error one shape. */
public final class HttpAdapter {

    private HttpAdapter() {}

    public static List<Object> errorMappers() {
        return List.of(new IllegalArgumentMapper(), new JsonInputMapper());
    }
}
