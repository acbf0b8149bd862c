package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.GrantCall;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Applications as co-financing reads them; never saved from here. */
interface PledgeApplications extends Repository<GrantApplication, Long> {

    Optional<GrantApplication> findById(long id);

    /** Applications that seek co-financing in these states, each with its organisation's name. */
    @Query("""
            select a, o.legalName from GrantApplication a, nl.gemeenschapsfonds.organisation.Organisation o
            where o.id = a.organisationId and a.seekingCofinancing = true and a.status in ?1
            order by a.submittedAt, a.id""")
    List<Object[]> seeking(Collection<ApplicationStatus> statuses);

    @Query("select o.legalName from nl.gemeenschapsfonds.organisation.Organisation o where o.id = ?1")
    String organisationName(long organisationId);

    /** A submitted application in a call of this authority. */
    @Query("""
            select a from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c, nl.gemeenschapsfonds.fund.Fund f
            where a.id = ?1 and c.id = a.callId and f.id = c.fundId and f.authorityId = ?2
              and a.status <> nl.gemeenschapsfonds.submission.ApplicationStatus.DRAFT""")
    Optional<GrantApplication> findInAuthority(long id, long authorityId);

    @Query("select c from nl.gemeenschapsfonds.fund.GrantCall c where c.id = ?1")
    GrantCall call(long callId);

    /** The applications past the draft stage in calls of this authority, each with its call. */
    @Query("""
            select a, c from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c, nl.gemeenschapsfonds.fund.Fund f
            where c.id = a.callId and f.id = c.fundId and f.authorityId = ?1
              and a.status <> nl.gemeenschapsfonds.submission.ApplicationStatus.DRAFT""")
    List<Object[]> pastDraftInAuthority(long authorityId);
}
