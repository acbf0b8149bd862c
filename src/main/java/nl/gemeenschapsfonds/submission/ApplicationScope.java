package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which authority an application belongs to, answered in one place for every module: the authority
 * of the fund of its call, and only once it is submitted (a draft is the applicant's own). Staff of
 * another authority get "not found", exactly as for an application that does not exist.
 *
 * <p>Single applications: {@link #inMyAuthority}, {@link #authorityOf}, {@link #inAuthority}. List
 * queries filter by joining the view {@code application_authority} (SQL) or the entity
 * {@link ApplicationAuthority} (JPQL) instead of writing the join through call and fund again.
 *
 * <p>Applicants (issue 21, ADR 0030): {@link #standing} is the one rule of what an applicant's organisation may
 * do with an application. The lead organisation reads and changes its own applications in every state; an
 * organisation named as co-applicant ({@code co_applicant}) reads the application and its decision once it is
 * submitted, and changes nothing. Every other organisation gets "not found".
 *
 * <p>The {@link GrantApplication} these methods return is for reading; its workflow steps go through
 * {@link ApplicationTransitions}.
 */
@Service
public class ApplicationScope {

    private final GrantApplicationRepository applications;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ApplicationScope(GrantApplicationRepository applications, CurrentUser currentUser, JdbcClient jdbc) {
        this.applications = applications;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** How an applicant's organisation stands to an application it may see. */
    public enum Standing {
        /** The organisation that applies: reads and (while the status allows) changes. */
        LEAD,
        /** A co-applicant: reads the submitted application and its decision, changes nothing. */
        PARTNER;

        public boolean mayChange() {
            return this == LEAD;
        }
    }

    /**
     * The scope rule for applicants, in one place: {@code LEAD} for the organisation's own application (drafts
     * included), {@code PARTNER} when the organisation is named co-applicant of a submitted one (a draft's partners see
     * nothing yet: the lead may still change its mind), else empty.
     */
    static Optional<Standing> standing(GrantApplication application, long organisationId, boolean namedPartner) {
        if (application.getOrganisationId() == organisationId) {
            return Optional.of(Standing.LEAD);
        }
        if (namedPartner && application.getStatus() != ApplicationStatus.DRAFT) {
            return Optional.of(Standing.PARTNER);
        }
        return Optional.empty();
    }

    /** An application the signed-in applicant's organisation may read, with its standing. */
    public record Readable(GrantApplication application, Standing standing) {
    }

    /**
     * The application as the signed-in applicant's organisation may read it ({@link #standing}); empty for one of
     * another organisation, a partner's draft, or an unknown id, so an id reveals nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<Readable> readableByMyOrganisation(long applicationId) {
        long organisation = currentUser.require().requireOrganisation();
        return applications.findById(applicationId).flatMap(application ->
                standing(application, organisation, isPartner(applicationId, organisation))
                        .map(standing -> new Readable(application, standing)));
    }

    /**
     * The submitted applications the signed-in applicant's organisation is named co-applicant of, newest first (its
     * "Partner in" list). The organisation is the user's own: no caller can ask for another organisation's.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<GrantApplication> partnerOfMyOrganisation() {
        long organisationId = currentUser.require().requireOrganisation();
        List<Long> ids = jdbc.sql("""
                        select c.application_id from co_applicant c join grant_application g on g.id = c.application_id
                        where c.organisation_id = ? and g.status <> 'DRAFT' order by g.submitted_at desc, g.id desc""")
                .param(organisationId).query(Long.class).list();
        java.util.Map<Long, GrantApplication> byId = new java.util.HashMap<>();
        applications.findAllById(ids).forEach(application -> byId.put(application.getId(), application));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private boolean isPartner(long applicationId, long organisationId) {
        return jdbc.sql("select count(*) from co_applicant where application_id = ? and organisation_id = ?")
                .params(applicationId, organisationId).query(Long.class).single() > 0;
    }

    /** The authority whose staff handle this application; empty for a draft or an unknown id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> authorityOf(long applicationId) {
        return jdbc.sql("select authority_id from application_authority where application_id = ?")
                .param(applicationId).query(Long.class).optional();
    }

    /** Whether staff of this authority may see the application: submitted, in a call of one of its funds. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean inAuthority(long applicationId, long authorityId) {
        return authorityOf(applicationId).filter(authority -> authority == authorityId).isPresent();
    }

    /**
     * A submitted application in a call of the signed-in staff member's authority, to read; else
     * {@link NotFoundException}. Joins the caller's transaction, so it is the caller's managed instance.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public GrantApplication inMyAuthority(long applicationId) {
        long authority = currentUser.require().requireAuthority();
        if (!inAuthority(applicationId, authority)) {
            throw new NotFoundException("Application", applicationId);
        }
        return applications.findById(applicationId).orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    /**
     * An application by its id, to read, for a service that reacts to an event of it or has checked
     * access already (a pledge's application, a decision's). {@link NotFoundException} if there is none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public GrantApplication byId(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    /**
     * The applications that seek co-financing in these states, first submitted first (for the co-financing
     * marketplace), to read.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GrantApplication> seekingCofinancing(Collection<ApplicationStatus> statuses) {
        return applications.findSeekingCofinancing(statuses);
    }

    /** The applications past the draft stage in calls of this authority, in id order, to read. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GrantApplication> submittedInAuthority(long authorityId) {
        return applications.findInAuthority(authorityId);
    }

    /**
     * A page of the authority's submitted applications in id order, after {@code afterId}: at most {@code limit},
     * only those in {@code status} when it is given (keyset paging, for the integration API).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApplicationOfAuthority> pageOfAuthority(long authorityId, ApplicationStatus status, long afterId, int limit) {
        return status == null ? applications.pageInAuthority(authorityId, afterId, Limit.of(limit))
                : applications.pageInAuthority(authorityId, status, afterId, Limit.of(limit));
    }

    /**
     * The authority's applications submitted since {@code submittedSince} and those still waiting for a decision due
     * on or before {@code dueUntil}, by due date: the weekly digest for staff (issue 17, mailbox.WeeklyDigest). No
     * {@code @PreAuthorize}: the digest is a scheduled job without a signed-in user, and mails each authority's own
     * staff only.
     */
    @Transactional(readOnly = true)
    public List<ApplicationOfAuthority> weekOfAuthority(long authorityId, java.time.Instant submittedSince,
                                                        java.time.LocalDate dueUntil) {
        return applications.weekInAuthority(authorityId, submittedSince, dueUntil, List.of(ApplicationStatus.SUBMITTED,
                ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION));
    }
}
