package nl.gemeenschapsfonds.submission;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    @Query("""
            select new nl.gemeenschapsfonds.submission.ApplicationListItem(a.id, a.reference, a.title, c.titleNl, c.titleEn,
                   a.status, a.amountRequested, a.submittedAt, a.decisionDue, a.updatedAt)
            from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c
            where c.id = a.callId and a.organisationId = ?1
            order by a.updatedAt desc, a.id desc""")
    List<ApplicationListItem> listForOrganisation(long organisationId);
}
