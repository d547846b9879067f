package zen.gateway.application.port.inbound.paging;

import java.util.List;

/** One page of a newest-first listing; {@code next} is null on the last page. */
public record Page<T>(List<T> items, PageCursor next) {
    public Page {
        items = List.copyOf(items);
    }
}
