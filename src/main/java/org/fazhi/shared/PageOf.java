package org.fazhi.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list answer of the JSON API (分页结果), the same envelope for every list of {@code /api/v1/**} and
 * {@code /api/public/v1/**}: the items of the page, the number of matches in all, the page number (from 0) and the
 * page size asked for. A client pages on until {@code (page + 1) * size >= total}.
 *
 * <pre>{"items": [...], "total": 42, "page": 0, "size": 20}</pre>
 */
public record PageOf<T>(List<T> items, long total, int page, int size) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** A Spring Data page as it is. */
    public static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
    }

    /** A Spring Data page, each record turned into what the API shows of it. */
    public static <E, T> PageOf<T> of(Page<E> page, Function<? super E, ? extends T> json) {
        return new PageOf<>(page.getContent().stream().<T>map(json).toList(), page.getTotalElements(),
                page.getNumber(), page.getSize());
    }
}
