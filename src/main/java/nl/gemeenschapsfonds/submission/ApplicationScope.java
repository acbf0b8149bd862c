package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
}
