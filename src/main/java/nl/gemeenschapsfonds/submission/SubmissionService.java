package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The applicant's side of applications, always scoped to the signed-in user's organisation. */
@Service
public class SubmissionService {

    private final GrantApplicationRepository applications;
    private final CurrentUser currentUser;

    SubmissionService(GrantApplicationRepository applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    /** All applications of the signed-in applicant's organisation, most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ApplicationListItem> myApplications() {
        return applications.listForOrganisation(currentUser.require().requireOrganisation());
    }
}
