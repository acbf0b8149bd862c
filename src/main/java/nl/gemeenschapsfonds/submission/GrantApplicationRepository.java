package nl.gemeenschapsfonds.submission;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    /** The organisation's applications, most recently changed first (call titles come from the fund module). */
    List<GrantApplication> findByOrganisationIdOrderByUpdatedAtDescIdDesc(long organisationId);

    @Query("""
            select a from GrantApplication a where a.seekingCofinancing = true and a.status in ?1
            order by a.submittedAt, a.id""")
    List<GrantApplication> findSeekingCofinancing(Collection<ApplicationStatus> statuses);

    @Query("""
            select a from GrantApplication a, ApplicationAuthority s
            where s.applicationId = a.id and s.authorityId = ?1 order by a.id""")
    List<GrantApplication> findInAuthority(long authorityId);

    @Query("""
            select new nl.gemeenschapsfonds.submission.ApplicationOfAuthority(a.id, a.reference, a.title, a.status, a.callId,
                   a.organisationId, a.amountRequested, a.submittedAt, a.decisionDue)
            from GrantApplication a, ApplicationAuthority s
            where s.applicationId = a.id and s.authorityId = ?1 and a.id > ?2 order by a.id""")
    List<ApplicationOfAuthority> pageInAuthority(long authorityId, long afterId, Limit limit);

    @Query("""
            select new nl.gemeenschapsfonds.submission.ApplicationOfAuthority(a.id, a.reference, a.title, a.status, a.callId,
                   a.organisationId, a.amountRequested, a.submittedAt, a.decisionDue)
            from GrantApplication a, ApplicationAuthority s
            where s.applicationId = a.id and s.authorityId = ?1 and a.status = ?2 and a.id > ?3 order by a.id""")
    List<ApplicationOfAuthority> pageInAuthority(long authorityId, ApplicationStatus status, long afterId, Limit limit);

    @Query("""
            select new nl.gemeenschapsfonds.submission.ApplicationOfAuthority(a.id, a.reference, a.title, a.status, a.callId,
                   a.organisationId, a.amountRequested, a.submittedAt, a.decisionDue)
            from GrantApplication a, ApplicationAuthority s
            where s.applicationId = a.id and s.authorityId = ?1
              and (a.submittedAt >= ?2 or (a.status in ?4 and a.decisionDue <= ?3))
            order by a.decisionDue, a.id""")
    List<ApplicationOfAuthority> weekInAuthority(long authorityId, java.time.Instant submittedSince,
                                                 java.time.LocalDate dueUntil, Collection<ApplicationStatus> open);

    /** The next number for an application's reference (GF-2027-000042). */
    @Query(value = "select nextval('grant_application_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
