package io.videogen.infrastructure.persistence;

import io.smallrye.mutiny.Uni;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Queries over rows that belong to a user. Ownership is a condition of every query (unless the
 * caller sees everything), so another user's row is never loaded, counted or deleted.
 * The entity must have {@code id}, {@code ownerId} and {@code createdAt}.
 */
final class OwnedRows<E> {

    private final Class<E> type;

    OwnedRows(Class<E> type) {
        this.type = type;
    }

    Uni<E> find(Mutiny.Session session, UUID id, Caller caller) {
        Filter filter = Filter.visibleTo(caller).and("id = :id", "id", id);
        Mutiny.SelectionQuery<E> query = session.createSelectionQuery("from " + entity() + filter.where, type);
        filter.params.forEach(query::setParameter);
        return query.getSingleResultOrNull();
    }

    /** One page, newest first (ties broken by id so pages never overlap), and the total count. */
    Uni<Page<E>> list(Mutiny.Session session, Filter filter, PageRequest page) {
        Mutiny.SelectionQuery<E> items = session.createSelectionQuery(
                "from " + entity() + filter.where + " order by createdAt desc, id desc", type);
        filter.params.forEach(items::setParameter);
        Mutiny.SelectionQuery<Long> count = session.createSelectionQuery(
                "select count(*) from " + entity() + filter.where, Long.class);
        filter.params.forEach(count::setParameter);
        // one session runs one statement at a time: count first, then the page
        return count.getSingleResult().chain(total -> items.setFirstResult(Math.toIntExact(page.offset()))
                .setMaxResults(page.size()).getResultList()
                .map((List<E> found) -> new Page<>(found, page, total)));
    }

    Uni<Boolean> remove(Mutiny.Session session, UUID id, Caller caller) {
        Filter filter = Filter.visibleTo(caller).and("id = :id", "id", id);
        Mutiny.MutationQuery delete = session.createMutationQuery("delete from " + entity() + filter.where);
        filter.params.forEach(delete::setParameter);
        return delete.executeUpdate().map(rows -> rows > 0);
    }

    private String entity() {
        return type.getSimpleName();
    }

    /** A where clause built from fixed fragments; values only ever travel as parameters. */
    static final class Filter {
        private String where = " where 1 = 1";
        private final Map<String, Object> params = new HashMap<>();

        static Filter visibleTo(Caller caller) {
            Filter filter = new Filter();
            return caller.seesEverything() ? filter : filter.and("ownerId = :owner", "owner", caller.userId().value());
        }

        Filter and(String condition, String name, Object value) {
            where += " and " + condition;
            params.put(name, value);
            return this;
        }
    }
}
