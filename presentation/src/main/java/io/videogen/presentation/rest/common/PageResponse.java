package io.videogen.presentation.rest.common;

import io.videogen.domain.shared.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, newest first. */
@Schema(name = "Page")
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.request().page(),
                page.request().size(), page.totalItems(), page.totalPages());
    }
}
