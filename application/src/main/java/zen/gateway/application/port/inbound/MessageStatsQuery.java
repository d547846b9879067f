package zen.gateway.application.port.inbound;

import zen.gateway.application.port.outbound.MessageCountQuery;

/** Counts per current status and the rates derived from them. */
public interface MessageStatsQuery {
    MessageStats stats(MessageCountQuery query);
}
