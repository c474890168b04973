package io.videogen.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and how many items there are in all. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (totalItems + request.size() - 1) / request.size();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, totalItems);
    }
}
