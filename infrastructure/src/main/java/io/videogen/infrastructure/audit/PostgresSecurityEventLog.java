package io.videogen.infrastructure.audit;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.domain.audit.RequestOrigin;
import io.videogen.domain.audit.SecurityEvent;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.UserId;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The audit trail in the append-only table {@code security_events}, and in the log under the
 * category {@code videogen.audit}. Each event is logged before it is stored, so a database outage
 * loses no event; the insert runs on its own connection, outside the caller's transaction, so an
 * event is kept even when the work it describes is rolled back. This class only inserts and
 * selects: nothing here updates or deletes a row (and the table's triggers would refuse it).
 */
@ApplicationScoped
class PostgresSecurityEventLog implements SecurityEventLog {

    private static final Logger AUDIT = Logger.getLogger("videogen.audit");
    private static final Logger LOG = Logger.getLogger(PostgresSecurityEventLog.class);
    private static final String COLUMNS = "occurred_at, type, user_id, subject, actor_id, client_address, "
            + "request_id, detail";

    private final Pool pool;

    PostgresSecurityEventLog(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Void> append(SecurityEvent event) {
        AUDIT.infof("%s user=%s subject=%s actor=%s address=%s request=%s detail=\"%s\"", event.type(),
                event.userId().map(UserId::toString).orElse("-"), printable(event.subject().orElse("-")),
                event.actor().map(UserId::toString).orElse("-"), event.origin().clientAddress(),
                event.origin().requestId(), printable(event.detail()));
        return pool.preparedQuery("insert into security_events (" + COLUMNS + ") "
                        + "values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.tuple()
                        .addValue(event.occurredAt().atOffset(ZoneOffset.UTC))
                        .addValue(event.type().name())
                        .addValue(event.userId().map(UserId::value).orElse(null))
                        .addValue(event.subject().orElse(null))
                        .addValue(event.actor().map(UserId::value).orElse(null))
                        .addValue(event.origin().clientAddress())
                        .addValue(event.origin().requestId())
                        .addValue(event.detail()))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "could not store security event %s of request %s in the audit table; "
                            + "it is in the log above", event.type(), event.origin().requestId());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Newest first; filters are fixed fragments, values only travel as parameters. */
    @Override
    public Uni<Page<SecurityEvent>> list(Optional<UserId> user, Optional<SecurityEventType> type, PageRequest page) {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        user.ifPresent(id -> {
            values.add(id.value());
            where.append(" and user_id = $").append(values.size());
        });
        type.ifPresent(kind -> {
            values.add(kind.name());
            where.append(" and type = $").append(values.size());
        });
        List<Object> paged = new ArrayList<>(values);
        paged.add(page.size());
        paged.add(page.offset());
        String select = "select " + COLUMNS + " from security_events" + where + " order by occurred_at desc, id desc"
                + " limit $" + (paged.size() - 1) + " offset $" + paged.size();
        return pool.preparedQuery("select count(*) from security_events" + where)
                .execute(Tuple.from(values))
                .map(rows -> rows.iterator().next().getLong(0))
                .chain(total -> pool.preparedQuery(select).execute(Tuple.from(paged))
                        .map(rows -> {
                            List<SecurityEvent> events = new ArrayList<>();
                            rows.forEach(row -> events.add(event(row)));
                            return new Page<>(events, page, total);
                        }));
    }

    private static SecurityEvent event(Row row) {
        return new SecurityEvent(row.getOffsetDateTime("occurred_at").toInstant(),
                SecurityEventType.valueOf(row.getString("type")),
                Optional.ofNullable(row.getUUID("user_id")).map(UserId::new),
                Optional.ofNullable(row.getString("subject")),
                Optional.ofNullable(row.getUUID("actor_id")).map(UserId::new),
                new RequestOrigin(row.getString("client_address"), row.getString("request_id")),
                row.getString("detail"));
    }

    /** One event, one log line: control characters from request data cannot forge another. */
    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}\"]", "_");
    }
}
