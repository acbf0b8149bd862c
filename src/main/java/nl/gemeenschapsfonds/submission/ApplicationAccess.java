package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Finds an application for the signed-in applicant: only their own organisation's. Another
 * organisation's application is "not found", exactly like one that does not exist.
 */
@Component
class ApplicationAccess {

    private final GrantApplicationRepository applications;
    private final CurrentUser currentUser;

    ApplicationAccess(GrantApplicationRepository applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    GrantApplication ownedByMe(long id) {
        long organisation = currentUser.require().requireOrganisation();
        return applications.findById(id).filter(application -> application.getOrganisationId() == organisation)
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    /** Own application that may still be changed (draft, or a supplement was asked); else an IllegalTransitionException. */
    GrantApplication editableByMe(long id) {
        GrantApplication application = ownedByMe(id);
        if (!application.isEditable()) {
            throw new IllegalTransitionException("change", application.getStatus());
        }
        return application;
    }
}
