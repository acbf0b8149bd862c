package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.organisation.FunderFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reaches which pledge and project, for the services of this package: a funder only their own pledges and the
 * projects open for pledges or pledged to (another funder's are "not found"), an applicant only their organisation's
 * applications, staff only their authority's ({@link ApplicationScope}). A funder must be active.
 */
@Component
class PledgeAccess {

    /** The states in which a project is in the marketplace and open for pledges. */
    static final Set<ApplicationStatus> OPEN_FOR_PLEDGES = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION, ApplicationStatus.GRANTED);

    private final PledgeRepository pledges;
    private final ApplicationScope applications;
    private final CurrentUser currentUser;
    private final Organisations organisations;

    PledgeAccess(PledgeRepository pledges, ApplicationScope applications, CurrentUser currentUser,
                 Organisations organisations) {
        this.pledges = pledges;
        this.applications = applications;
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    /**
     * The signed-in user's funder, which must be active: a funder waiting for an administrator, rejected or
     * switched off cannot browse or pledge, also when its user signed in before (refused here, not only hidden).
     */
    long activeFunder() {
        long funder = currentUser.require().requireFunder();
        if (!organisations.funder(funder).map(FunderFacts::active).orElse(false)) {
            throw new FunderNotActiveException(funder);
        }
        return funder;
    }

    /** The signed-in staff member's authority. */
    long myAuthority() {
        return currentUser.require().requireAuthority();
    }

    String funderName(long funderId) {
        return organisations.funder(funderId).map(FunderFacts::name)
                .orElseThrow(() -> new NotFoundException("Funder", funderId));
    }

    /** An application, to read; the caller has checked the scope (a pledge on it). */
    GrantApplication application(long applicationId) {
        return applications.byId(applicationId);
    }

    GrantApplication visibleToFunder(long applicationId, long funder) {
        GrantApplication application = applications.byId(applicationId);
        if (!isOpen(application) && !pledges.existsByApplicationIdAndFunderId(applicationId, funder)) {
            throw new NotFoundException("Application", applicationId);
        }
        return application;
    }

    static boolean isOpen(GrantApplication application) {
        return application.isSeekingCofinancing() && OPEN_FOR_PLEDGES.contains(application.getStatus());
    }

    GrantApplication ownApplication(long applicationId) {
        long organisation = currentUser.require().requireOrganisation();
        GrantApplication application = applications.byId(applicationId);
        if (application.getOrganisationId() != organisation) {
            throw new NotFoundException("Application", applicationId);
        }
        return application;
    }

    GrantApplication inMyAuthority(long applicationId) {
        return applications.inMyAuthority(applicationId);
    }

    /** The application as the signed-in user may see it: a funder's project, the applicant's own, staff's authority's. */
    GrantApplication visible(long applicationId) {
        return switch (currentUser.require().role()) {
            case FUNDER -> visibleToFunder(applicationId, activeFunder());
            case APPLICANT -> ownApplication(applicationId);
            default -> inMyAuthority(applicationId);
        };
    }

    /** One of the signed-in funder's own pledges, at the version they saw; another funder's is "not found". */
    Pledge mine(long pledgeId, long version) {
        long funder = activeFunder();
        Pledge pledge = pledges.findById(pledgeId).filter(p -> p.getFunderId() == funder)
                .orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
        requireVersion(pledge, version);
        return pledge;
    }

    /** A pledge, any party's, found or "not found"; the caller checks the scope on its application. */
    Pledge pledge(long pledgeId) {
        return pledges.findById(pledgeId).orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
    }

    /** A pledge the signed-in user may read: their own (funder), on their application (applicant) or in their authority (staff). */
    Pledge readable(long pledgeId) {
        SignedInUser user = currentUser.require();
        Pledge pledge = pledge(pledgeId);
        switch (user.role()) {
            case FUNDER -> {
                if (pledge.getFunderId() != user.requireFunder()) {
                    throw new NotFoundException("Pledge", pledgeId);
                }
            }
            case APPLICANT -> ownApplication(pledge.getApplicationId());
            default -> inMyAuthority(pledge.getApplicationId());
        }
        return pledge;
    }

    static void requireVersion(Pledge pledge, long version) {
        if (pledge.getVersion() != version) {
            throw new ConcurrentEditException("Pledge");
        }
    }
}
