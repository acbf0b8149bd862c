package nl.gemeenschapsfonds.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
import java.util.stream.Collectors;

/**
 * The work-queue page query: only the filters that are set, sorting on a fixed set of indexed
 * columns, and a slice (one row more than the page, never a count) so scrolling stays cheap.
 */
@Repository
class WorkQueueQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "a.reference", "decisionDue", "a.decisionDue", "submittedAt", "a.submittedAt",
            "amountRequested", "a.amountRequested", "status", "a.status");
    private static final Set<ApplicationStatus> OPEN = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SUPPLEMENT_REQUESTED,
            ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION);

    private final EntityManager entityManager;

    WorkQueueQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Slice<WorkQueueItem> page(long authorityId, WorkQueueFilter filter, String user, LocalDate today, Pageable pageable) {
        StringBuilder jpql = new StringBuilder("""
                select new nl.gemeenschapsfonds.review.WorkQueueItem(a.id, a.reference, a.title, o.legalName,
                       c.titleNl, c.titleEn, a.status, a.amountRequested, a.submittedAt, a.decisionDue, a.assignedReviewer)
                from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c, nl.gemeenschapsfonds.fund.Fund f,
                     nl.gemeenschapsfonds.organisation.Organisation o
                where c.id = a.callId and f.id = c.fundId and o.id = a.organisationId
                  and f.authorityId = :authority and a.status <> nl.gemeenschapsfonds.submission.ApplicationStatus.DRAFT""");
        Map<String, Object> params = new HashMap<>();
        params.put("authority", authorityId);
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
            jpql.append(" and a.status in :open");
            params.put("open", OPEN);
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
            jpql.append(" and lower(a.assignedReviewer) = lower(:me)");
            params.put("me", user);
        }
        jpql.append(" order by ").append(orderBy(pageable.getSort()));
        TypedQuery<WorkQueueItem> query = entityManager.createQuery(jpql.toString(), WorkQueueItem.class);
        params.forEach(query::setParameter);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize() + 1);
        List<WorkQueueItem> rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    private static String orderBy(Sort sort) {
        List<String> orders = sort.stream()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc") + " nulls last")
                .collect(Collectors.toCollection(ArrayList::new));
        if (orders.isEmpty()) {
            orders.add("a.decisionDue asc nulls last");
        }
        orders.add("a.id asc");
        return String.join(", ", orders);
    }
}
