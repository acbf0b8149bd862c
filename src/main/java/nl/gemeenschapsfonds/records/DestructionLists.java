package nl.gemeenschapsfonds.records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;

/** The tables {@code destruction_list} and {@code destruction_list_item} (records' own). */
@Component
class DestructionLists {

    private final JdbcClient jdbc;

    DestructionLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long authorityId, DestructionStatus status, String by, Instant at, List<DestructionList.Item> items) {
        long id = jdbc.sql("""
                        insert into destruction_list (authority_id, status, proposed_at, proposed_by, confirmed_by, confirmed_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(authorityId, status.name(), Timestamp.from(at), by,
                        status == DestructionStatus.CONFIRMED ? by : null,
                        status == DestructionStatus.CONFIRMED ? Timestamp.from(at) : null)
                .query(Long.class).single();
        for (DestructionList.Item item : items) {
            jdbc.sql("""
                            insert into destruction_list_item (list_id, application_id, reference, outcome, closed_on, destroy_on)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, item.applicationId(), item.reference(), item.outcome().name(), Date.valueOf(item.closedOn()),
                            Date.valueOf(item.destroyOn())).update();
        }
        return id;
    }

    boolean hasOpenList(long authorityId) {
        return jdbc.sql("select count(*) from destruction_list where authority_id = ? and status in ('PROPOSED', 'CONFIRMED')")
                .param(authorityId).query(Integer.class).single() > 0;
    }

    /** Moves the list from one status to the next; false when it was not in {@code from} (someone else was first). */
    boolean confirm(long listId, String by, Instant at) {
        return jdbc.sql("""
                        update destruction_list set status = 'CONFIRMED', confirmed_by = ?, confirmed_at = ?, version = version + 1
                        where id = ? and status = 'PROPOSED'""")
                .params(by, Timestamp.from(at), listId).update() == 1;
    }

    boolean approve(long listId, String by, Instant at) {
        return jdbc.sql("""
                        update destruction_list set status = 'APPROVED', approved_by = ?, approved_at = ?, version = version + 1
                        where id = ? and status = 'CONFIRMED'""")
                .params(by, Timestamp.from(at), listId).update() == 1;
    }

    boolean cancel(long listId) {
        return jdbc.sql("update destruction_list set status = 'CANCELLED', version = version + 1 where id = ? and status in ('PROPOSED', 'CONFIRMED')")
                .param(listId).update() == 1;
    }

    void removeItem(long listId, long applicationId) {
        jdbc.sql("delete from destruction_list_item where list_id = ? and application_id = ?").params(listId, applicationId).update();
    }

    Optional<DestructionList> find(long listId) {
        return ofLists(jdbc.sql("select * from destruction_list where id = ?").param(listId).query(DestructionLists::row).list())
                .stream().findFirst();
    }

    List<DestructionList> ofAuthority(long authorityId) {
        return ofLists(jdbc.sql("select * from destruction_list where authority_id = ? order by id desc")
                .param(authorityId).query(DestructionLists::row).list());
    }

    private List<DestructionList> ofLists(List<DestructionList> lists) {
        if (lists.isEmpty()) {
            return lists;
        }
        Map<Long, List<DestructionList.Item>> items = new HashMap<>();
        jdbc.sql("select * from destruction_list_item where list_id = any(?) order by destroy_on, reference")
                .param(lists.stream().map(DestructionList::id).toArray(Long[]::new))
                .query((rs, n) -> items.computeIfAbsent(rs.getLong("list_id"), id -> new ArrayList<>()).add(new DestructionList.Item(
                        rs.getLong("application_id"), rs.getString("reference"), RetentionOutcome.valueOf(rs.getString("outcome")),
                        rs.getDate("closed_on").toLocalDate(), rs.getDate("destroy_on").toLocalDate())))
                .list();
        return lists.stream().map(list -> new DestructionList(list.id(), list.authorityId(), list.status(), list.proposedAt(),
                list.proposedBy(), list.confirmedBy(), list.confirmedAt(), list.approvedBy(), list.approvedAt(),
                items.getOrDefault(list.id(), List.of()))).toList();
    }

    private static DestructionList row(ResultSet rs, int n) throws SQLException {
        return new DestructionList(rs.getLong("id"), rs.getLong("authority_id"), DestructionStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("proposed_by"), rs.getString("confirmed_by"),
                instant(rs.getTimestamp("confirmed_at")), rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")),
                List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
