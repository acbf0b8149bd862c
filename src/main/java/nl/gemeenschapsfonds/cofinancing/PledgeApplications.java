package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The two lists of applications co-financing reads that submission's public API does not offer yet (asked for in
 * issue 19); never saved from here. Single applications and the authority scope come from
 * {@link nl.gemeenschapsfonds.submission.ApplicationScope}.
 */
interface PledgeApplications extends Repository<GrantApplication, Long> {

    /** Applications that seek co-financing in these states, in the order they were submitted. */
    @Query("""
            select a from GrantApplication a
            where a.seekingCofinancing = true and a.status in ?1
            order by a.submittedAt, a.id""")
    List<GrantApplication> seeking(Collection<ApplicationStatus> statuses);

    /** The applications past the draft stage in calls of this authority (submission's published scope). */
    @Query("""
            select a from GrantApplication a, nl.gemeenschapsfonds.submission.ApplicationAuthority s
            where s.applicationId = a.id and s.authorityId = ?1""")
    List<GrantApplication> pastDraftInAuthority(long authorityId);
}
