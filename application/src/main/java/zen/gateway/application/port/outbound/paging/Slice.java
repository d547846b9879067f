package zen.gateway.application.port.outbound.paging;

import java.util.List;
import java.util.function.Function;

/** One slice of a newest-first listing; {@code next} is null on the last one. */
public record Slice<T>(List<T> items, Position next) {

    public Slice {
        items = List.copyOf(items);
    }

    /**
     * The slice a store makes of what it fetched when it asked for {@code limit + 1} items: the extra item, if it
     * came, only says that more follow, so the slice keeps {@code limit} and goes on after the last one kept.
     */
    public static <T> Slice<T> of(List<T> fetchedOneMore, int limit, Function<T, Position> positionOf) {
        if (fetchedOneMore.size() <= limit) {
            return new Slice<>(fetchedOneMore, null);
        }
        List<T> kept = fetchedOneMore.subList(0, limit);
        return new Slice<>(kept, positionOf.apply(kept.getLast()));
    }
}
