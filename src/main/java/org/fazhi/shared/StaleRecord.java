package org.fazhi.shared;

/**
 * 记录已被他人修改 — the request was based on a version of a record that is no longer the current one (a stale form or
 * an {@code If-Match} that no longer matches). Answered 409 naming who changed the record and when; nothing was
 * written. Thrown by {@link Versions#expect}.
 */
public class StaleRecord extends RuntimeException {

    private final Class<?> type;
    private final Object id;
    private final long expected;
    private final long current;

    public StaleRecord(Class<?> type, Object id, long expected, long current) {
        super(type.getSimpleName() + " " + id + " is at version " + current + ", the request was based on " + expected);
        this.type = type;
        this.id = id;
        this.expected = expected;
        this.current = current;
    }

    public Class<?> type() {
        return type;
    }

    public Object id() {
        return id;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
