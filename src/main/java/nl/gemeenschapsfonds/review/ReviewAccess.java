package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

/**
 * Finds a submitted application for the signed-in staff member: only in their own authority. An
 * application of another authority is "not found", like one that does not exist; drafts are never
 * visible to staff.
 */
@Component
class ReviewAccess {

    private final ReviewApplications applications;
    private final CurrentUser currentUser;

    ReviewAccess(ReviewApplications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    GrantApplication inMyAuthority(long id) {
        return applications.findInAuthority(id, currentUser.require().requireAuthority())
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    /** The organisation of the signed-in applicant. */
    long myOrganisation() {
        return currentUser.require().requireOrganisation();
    }

    GrantApplication save(GrantApplication application) {
        return applications.save(application);
    }
}
