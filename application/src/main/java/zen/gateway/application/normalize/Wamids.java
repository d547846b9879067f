package zen.gateway.application.normalize;

/** Tells WhatsApp message ids from BSP ids where a field may hold either (Karix mid, Gupshup id). */
final class Wamids {

    private Wamids() {}

    /** Cloud API message ids all start with {@code wamid.}; BSP ids (UUIDs, digits, SIDs) never do. */
    static boolean isWamid(String id) {
        return id != null && id.startsWith("wamid.");
    }
}
