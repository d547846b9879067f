package zen.gateway.application.port.outbound;

import java.util.Objects;
import zen.gateway.application.port.outbound.access.ApiKeyStore;
import zen.gateway.application.port.outbound.access.AuditLog;
import zen.gateway.application.port.outbound.conversations.InboundMessageStore;
import zen.gateway.application.port.outbound.endpoints.EndpointStore;
import zen.gateway.application.port.outbound.forwarding.DeliveryStore;
import zen.gateway.application.port.outbound.projects.ProjectNumberStore;
import zen.gateway.application.port.outbound.quarantine.QuarantineStore;
import zen.gateway.application.port.outbound.tracking.MessageStore;

/**
 * The stores one database provides, whichever technology it is: what a storage adapter hands out in one piece,
 * so that wiring a storage, timing its roles or adding a store is done once rather than once per technology.
 */
public record Stores(
        MessageStore messages,
        ProjectNumberStore projectNumbers,
        EndpointStore endpoints,
        DeliveryStore deliveries,
        QuarantineStore quarantine,
        ApiKeyStore apiKeys,
        AuditLog audit,
        InboundMessageStore inbound) {

    public Stores {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(projectNumbers, "projectNumbers");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(quarantine, "quarantine");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(inbound, "inbound");
    }

    /** The same stores with {@code endpoints} in place of this one's: how a decorator of that role is put in. */
    public Stores withEndpoints(EndpointStore replacement) {
        return new Stores(messages, projectNumbers, replacement, deliveries, quarantine, apiKeys, audit, inbound);
    }
}
