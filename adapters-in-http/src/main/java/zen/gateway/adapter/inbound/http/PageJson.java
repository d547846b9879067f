package zen.gateway.adapter.inbound.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import zen.gateway.application.port.inbound.paging.Page;

/** A page of a listing as every listing answers it: {@code {"items": [...], "next_cursor": "..." | null}}. */
final class PageJson {

    private PageJson() {}

    static <T> Map<String, Object> of(Page<T> page, Function<T, ?> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(view).toList());
        body.put("next_cursor", page.next() == null ? null : page.next().encode());
        return body;
    }
}
