package zen.gateway.adapter.outbound.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zen.gateway.application.port.outbound.paging.Position;

/**
 * A WHERE clause made of the conditions whose value is given: a query names only the filters it uses, so the
 * database never has to plan around "column = :x OR :x IS NULL", and no parameter is an untyped null.
 */
final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    Filter equal(String column, Object value) {
        if (value != null) {
            String parameter = "f" + values.size();
            conditions.add(column + " = :" + parameter);
            values.put(parameter, value);
        }
        return this;
    }

    /** {@code from} inclusive, {@code to} exclusive; either may be null (open). */
    Filter within(String column, Instant from, Instant to) {
        if (from != null) {
            String parameter = "f" + values.size();
            conditions.add(column + " >= :" + parameter);
            values.put(parameter, from);
        }
        if (to != null) {
            String parameter = "f" + values.size();
            conditions.add(column + " < :" + parameter);
            values.put(parameter, to);
        }
        return this;
    }

    /** Rows after the cursor in a listing ordered by ({@code timeColumn}, {@code idColumn}) descending. */
    Filter before(String timeColumn, String idColumn, Position cursor) {
        if (cursor != null) {
            String time = "f" + values.size();
            values.put(time, cursor.createdAt());
            String id = "f" + values.size();
            values.put(id, cursor.id());
            conditions.add("(" + timeColumn + " < :" + time
                    + " OR (" + timeColumn + " = :" + time + " AND " + idColumn + " < :" + id + "))");
        }
        return this;
    }

    Filter condition(String sql) {
        conditions.add(sql);
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> values() {
        return values;
    }
}
