package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkQueueRepository extends Repository<GrantApplication, Long> {

    /** Submitted applications (never drafts) in calls of the authority's funds. A slice: no count query. */
    @Query("""
            select new nl.gemeenschapsfonds.review.WorkQueueItem(a.id, a.reference, a.title, o.legalName,
                   c.titleNl, c.titleEn, a.status, a.amountRequested, a.submittedAt, a.decisionDue)
            from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c, nl.gemeenschapsfonds.fund.Fund f,
                 nl.gemeenschapsfonds.organisation.Organisation o
            where c.id = a.callId and f.id = c.fundId and o.id = a.organisationId
              and f.authorityId = ?1 and a.status <> nl.gemeenschapsfonds.submission.ApplicationStatus.DRAFT""")
    Slice<WorkQueueItem> findForAuthority(long authorityId, Pageable pageable);
}
