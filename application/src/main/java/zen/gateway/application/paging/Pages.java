package zen.gateway.application.paging;

import zen.gateway.application.port.inbound.paging.Page;
import zen.gateway.application.port.inbound.paging.PageCursor;
import zen.gateway.application.port.outbound.paging.Position;
import zen.gateway.application.port.outbound.paging.Slice;

/** Between the API's pages and cursors and the stores' slices and positions. */
public final class Pages {

    private Pages() {}

    public static <T> Page<T> page(Slice<T> slice) {
        Position next = slice.next();
        return new Page<>(slice.items(), next == null ? null : new PageCursor(next.createdAt(), next.id()));
    }

    /** Where the store goes on; null (the first page) for a null cursor. */
    public static Position position(PageCursor cursor) {
        return cursor == null ? null : new Position(cursor.createdAt(), cursor.id());
    }
}
