package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.ApplicationTransitions;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The review module's door to submission's applications: it finds a submitted application for the signed-in staff
 * member, only in their own authority ({@link ApplicationScope}: one of another authority is "not found", like one that
 * does not exist; drafts are never visible to staff), and moves it through its workflow with submission's
 * {@link ApplicationTransitions}. Review never saves the application itself (issue 19).
 */
@Component
class ReviewAccess {

    private final ApplicationScope scope;
    private final ApplicationTransitions transitions;
    private final CurrentUser currentUser;
    private final Funds funds;

    ReviewAccess(ApplicationScope scope, ApplicationTransitions transitions, CurrentUser currentUser, Funds funds) {
        this.scope = scope;
        this.transitions = transitions;
        this.currentUser = currentUser;
        this.funds = funds;
    }

    /** Refuses a call that is not of the signed-in staff member's authority: "not found", like one that does not exist. */
    void requireMyCall(long callId) {
        long authority = currentUser.require().requireAuthority();
        if (funds.call(callId).filter(call -> call.authorityId() == authority).isEmpty()) {
            throw new NotFoundException("Call", callId);
        }
    }

    /** The application, to read; the caller's managed instance, so it shows the transitions taken since. */
    GrantApplication inMyAuthority(long id) {
        return scope.inMyAuthority(id);
    }

    /** The application by its id, for a listener of one of its events (the caller has checked access). */
    GrantApplication byId(long id) {
        return scope.byId(id);
    }

    /** The workflow steps on an application; each one loads it in the user's authority, moves and saves it. */
    ApplicationTransitions workflow() {
        return transitions;
    }

    /**
     * The signed-in applicant's own submitted application, to read; empty for another organisation's, a draft or an
     * unknown id, so an id reveals nothing.
     */
    Optional<GrantApplication> ownedByMe(long applicationId) {
        long organisation = myOrganisation();
        try {
            return Optional.of(scope.byId(applicationId))
                    .filter(a -> a.getStatus() != ApplicationStatus.DRAFT && a.getOrganisationId() == organisation);
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /**
     * A submitted application the signed-in applicant's organisation leads or is co-applicant of, to read (its
     * decision); empty otherwise. The rule is {@link ApplicationScope#readableByMyOrganisation}'s (issue 21, ADR 0030).
     */
    Optional<ApplicationScope.Readable> readableByMe(long applicationId) {
        return scope.readableByMyOrganisation(applicationId)
                .filter(readable -> readable.application().getStatus() != ApplicationStatus.DRAFT);
    }

    /** The organisation of the signed-in applicant. */
    long myOrganisation() {
        return currentUser.require().requireOrganisation();
    }
}
