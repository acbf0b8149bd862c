package nl.gemeenschapsfonds.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import nl.gemeenschapsfonds.fund.CallStatus;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The work-queue page query: one statement with only the filters that are set, sorting on a fixed
 * set of indexed columns with the id as tie-breaker, and a slice (one row more than the page, never a
 * count). Given the row just before the page (the Grid scrolling on), it continues from that row's
 * sort key (keyset paging, an index range scan) instead of counting past every earlier row with
 * OFFSET, so a deep page costs what the first one does. Rows whose sort column is empty come last;
 * when the keyset part runs out before the page is full, one more statement reads them.
 */
@Repository
class WorkQueueQuery {

    /** A sortable column: its JPQL path, the value of a row, and whether the column can be empty in the queue. */
    private record Column(String path, Function<WorkQueueItem, Object> value, boolean nullable) {
    }

    private static final Map<String, Column> SORTABLE = Map.of(
            // reference, submission time (grant_application_submitted_ck) and decision due date
            // (grant_application_decision_due_ck) are set for every submitted application
            "reference", new Column("a.reference", WorkQueueItem::reference, false),
            "decisionDue", new Column("a.decisionDue", WorkQueueItem::decisionDue, false),
            "submittedAt", new Column("a.submittedAt", WorkQueueItem::submittedAt, false),
            "amountRequested", new Column("a.amountRequested", WorkQueueItem::amountRequested, true),
            "status", new Column("a.status", WorkQueueItem::status, false));
    private static final Sort.Order DEFAULT_ORDER = Sort.Order.asc("decisionDue");
    private static final Set<ApplicationStatus> OPEN = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SUPPLEMENT_REQUESTED,
            ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION);
    /** The states of a running grant: the only ones in which a co-financing condition can still be open. */
    private static final Set<ApplicationStatus> RUNNING_GRANT = Set.of(ApplicationStatus.GRANTED, ApplicationStatus.IN_EXECUTION);
    /**
     * The statuses as JPQL enum literals, not a list parameter: Hibernate does not cache the translation of a query with
     * a multi-valued parameter ({@code SqmInterpretationsKey}), so {@code in :statuses} would translate the page's JPQL
     * to SQL anew on every call (a few milliseconds each, more than the SQL itself takes).
     */
    private static String statusIn(Set<ApplicationStatus> statuses) {
        return statuses.stream().sorted().map(status -> ApplicationStatus.class.getName() + "." + status.name())
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    /**
     * One statement over submission's published read model {@code work_queue_row} (V70, V78: the application's list
     * columns, its authority, call titles and organisation name; drafts left out), review's own assignments and
     * cofinancing's published {@code cofinancing_condition_open} (V79: whether a running grant's condition date has
     * passed without the co-financing confirmed).
     */
    private static final String SELECT = """
            select new nl.gemeenschapsfonds.review.WorkQueueItem(a.id, a.reference, a.title, a.organisationName,
                   a.callTitleNl, a.callTitleEn, a.status, a.amountRequested, a.submittedAt, a.decisionDue, a.assignedReviewer,
                   (select count(r) from ReviewAssignment r where r.applicationId = a.id),
                   case when a.status in %s and exists (select 1 from nl.gemeenschapsfonds.cofinancing.OpenCoFinancingCondition oc
                             where oc.applicationId = a.id and oc.dueOn < :today) then true else false end)
            from nl.gemeenschapsfonds.submission.WorkQueueRow a
            where a.authorityId = :authority""".formatted(statusIn(RUNNING_GRANT));

    private final EntityManager entityManager;
    private final Funds funds;

    WorkQueueQuery(EntityManager entityManager, Funds funds) {
        this.entityManager = entityManager;
        this.funds = funds;
    }

    /** The published and closed calls of the authority, newest first (fund's API, in its order). */
    List<WorkQueueCall> calls(long authorityId) {
        return funds.callsOfAuthority(authorityId).stream()
                .filter(call -> call.status() != CallStatus.DRAFT)
                .map(call -> new WorkQueueCall(call.id(), call.titleNl(), call.titleEn()))
                .toList();
    }

    /**
     * One page of the queue. {@code after}, when given, is the row just before the page under the same
     * filter and order (the last row of the previous page); the page then continues from its sort key.
     */
    Slice<WorkQueueItem> page(long authorityId, WorkQueueFilter filter, String user, LocalDate today, Pageable pageable,
                              WorkQueueItem after) {
        return page(authorityId, filter, user, today, pageable, after, null);
    }

    /**
     * As {@link #page(long, WorkQueueFilter, String, LocalDate, Pageable, WorkQueueItem)}, narrowed to the rows with
     * these ids when {@code only} is given (a selection to export or act on).
     */
    Slice<WorkQueueItem> page(long authorityId, WorkQueueFilter filter, String user, LocalDate today, Pageable pageable,
                              WorkQueueItem after, java.util.Collection<Long> only) {
        StringBuilder where = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.put("authority", authorityId);
        params.put("today", today);
        filters(filter, user, today, where, params);
        if (only != null) {
            where.append(" and a.id in :only");
            params.put("only", only.isEmpty() ? List.of(-1L) : only);
        }
        int wanted = pageable.getPageSize() + 1;
        List<Sort.Order> orders = orders(pageable.getSort());
        List<WorkQueueItem> rows;
        if (after != null && orders.size() == 1) {
            rows = after(where, params, orders.getFirst(), after, wanted);
        } else {
            String jpql = where + " order by " + String.join(", ", orders.stream()
                    .map(order -> column(order).path() + direction(order) + " nulls last").toList())
                    + ", a.id" + direction(orders.getFirst());
            rows = run(jpql, params, (int) pageable.getOffset(), wanted);
        }
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    /** The rows after {@code last} in the order (column, id): first those with a value, then the empty ones. */
    private List<WorkQueueItem> after(StringBuilder where, Map<String, Object> params, Sort.Order order, WorkQueueItem last,
                                      int wanted) {
        Column column = column(order);
        Object value = column.value().apply(last);
        String direction = direction(order);
        String comparison = order.isAscending() ? ">" : "<";
        params.put("afterId", last.id());
        if (value == null) {
            return run(where + " and " + column.path() + " is null and a.id " + comparison + " :afterId order by a.id" + direction,
                    params, 0, wanted);
        }
        params.put("afterValue", value);
        String range = value instanceof Enum<?>
                // Hibernate binds an enum inside a row value by its ordinal: the same range, spelled out
                ? column.path() + " " + comparison + "= :afterValue and (" + column.path() + " " + comparison
                  + " :afterValue or a.id " + comparison + " :afterId)"
                // a row-value comparison: PostgreSQL reads it as one range of the (column, id) index
                : "(" + column.path() + ", a.id) " + comparison + " (:afterValue, :afterId)";
        List<WorkQueueItem> rows = run(where + " and " + range + " order by " + column.path() + direction + ", a.id" + direction,
                params, 0, wanted);
        if (rows.size() < wanted && column.nullable()) {
            params.remove("afterValue");
            params.remove("afterId");
            // as many as a whole page, cut here: a row count that varied with the rows left would give as many query
            // strings (and plans) as a page has rows
            List<WorkQueueItem> empty = run(where + " and " + column.path() + " is null order by a.id" + direction, params, 0, wanted);
            rows.addAll(empty.subList(0, Math.min(empty.size(), wanted - rows.size())));
        }
        return rows;
    }

    /**
     * Runs the page's JPQL. The row count of a page without OFFSET (the first page, and every keyset page as the Grid
     * scrolls on) is a literal in the query, not a parameter: PostgreSQL then reuses one generic plan of the prepared
     * statement, where with {@code fetch first ? rows} it planned the statement anew on every call (0.7 ms of a 1–2 ms
     * page at 100,000 applications). The few page sizes a Grid asks for give a few query strings; an OFFSET jump (rare,
     * and seconds deep in a large queue anyway) keeps both as parameters, so its many offsets do not fill the caches.
     */
    private List<WorkQueueItem> run(String jpql, Map<String, Object> params, int offset, int limit) {
        TypedQuery<WorkQueueItem> query = entityManager.createQuery(offset > 0 ? jpql : jpql + " limit " + limit, WorkQueueItem.class);
        params.forEach(query::setParameter);
        if (offset > 0) {
            query.setFirstResult(offset);
            query.setMaxResults(limit);
        }
        return new ArrayList<>(query.getResultList());
    }

    private static void filters(WorkQueueFilter filter, String user, LocalDate today, StringBuilder jpql, Map<String, Object> params) {
        if (filter.status() != null) {
            jpql.append(" and a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.callId() != null) {
            jpql.append(" and a.callId = :call");
            params.put("call", filter.callId());
        }
        if (filter.facilityType() != null) {
            jpql.append(" and a.facilityType = :facilityType");
            params.put("facilityType", filter.facilityType());
        }
        if (filter.municipalityCode() != null) {
            jpql.append(" and a.facilityMunicipalityCode = :municipality");
            params.put("municipality", filter.municipalityCode());
        }
        if (filter.overdue() || filter.dueWithinWeek()) {
            jpql.append(" and a.status in ").append(statusIn(OPEN));
            if (filter.overdue() && !filter.dueWithinWeek()) {
                jpql.append(" and a.decisionDue < :today");
                params.put("today", today);
            } else if (!filter.overdue()) {
                jpql.append(" and a.decisionDue >= :today and a.decisionDue <= :weekAhead");
                params.put("today", today);
                params.put("weekAhead", today.plusDays(7));
            } else {
                jpql.append(" and a.decisionDue <= :weekAhead");
                params.put("weekAhead", today.plusDays(7));
            }
        }
        if (filter.assignedToMe()) {
            // assigned by the lead or by themselves (issue 21.3); review_assignment keeps the reviewer in lower case
            jpql.append(" and exists (select 1 from ReviewAssignment r where r.applicationId = a.id and r.reviewer = :me)");
            params.put("me", user.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The sortable orders asked for, or the decision due date first; the id, in the first order's direction, breaks ties. */
    private static List<Sort.Order> orders(Sort sort) {
        List<Sort.Order> orders = sort.stream().filter(order -> SORTABLE.containsKey(order.getProperty())).toList();
        return orders.isEmpty() ? List.of(DEFAULT_ORDER) : orders;
    }

    private static Column column(Sort.Order order) {
        return SORTABLE.get(order.getProperty());
    }

    private static String direction(Sort.Order order) {
        return order.isAscending() ? " asc" : " desc";
    }
}
