package zen.gateway.domain.usage;

/** What usage buckets are split by besides time: the BSP, or the campaign (inbound messages have none). */
public enum Grouping {
    BSP,
    CAMPAIGN
}
