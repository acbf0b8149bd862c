package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Granted applications as the report and settlement services load and save them. */
interface ReportApplications extends Repository<GrantApplication, Long> {

    @Query("""
            select a from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c, nl.gemeenschapsfonds.fund.Fund f
            where a.id = ?1 and c.id = a.callId and f.id = c.fundId and f.authorityId = ?2
              and a.status <> nl.gemeenschapsfonds.submission.ApplicationStatus.DRAFT""")
    Optional<GrantApplication> findInAuthority(long id, long authorityId);

    Optional<GrantApplication> findById(long id);

    GrantApplication save(GrantApplication application);
}
