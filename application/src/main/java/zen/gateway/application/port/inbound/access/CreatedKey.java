package zen.gateway.application.port.inbound.access;

import zen.gateway.domain.access.ApiKey;

/** A key just made, and the key itself ({@code secret}): shown this once, never stored. */
public record CreatedKey(ApiKey key, String secret) {}
