package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Finds an application for the signed-in applicant: only their own organisation's. Another
 * organisation's application is "not found", exactly like one that does not exist.
 */
@Component
class ApplicationAccess {

    private final GrantApplicationRepository applications;
    private final CurrentUser currentUser;
    private final Funds funds;
    private final ApplicationScope scope;

    ApplicationAccess(GrantApplicationRepository applications, CurrentUser currentUser, Funds funds, ApplicationScope scope) {
        this.applications = applications;
        this.currentUser = currentUser;
        this.funds = funds;
        this.scope = scope;
    }

    /** The applications of the signed-in applicant's organisation, most recently changed first, with their call's titles. */
    List<ApplicationListItem> mine() {
        List<GrantApplication> mine = applications.findByOrganisationIdOrderByUpdatedAtDescIdDesc(myOrganisation());
        Map<Long, CallFacts> calls = funds.calls(mine.stream().map(GrantApplication::getCallId).distinct().toList());
        return mine.stream().map(a -> {
            CallFacts call = calls.get(a.getCallId());
            return new ApplicationListItem(a.getId(), a.getReference(), a.getTitle(), shared(call.titleNl()),
                    shared(call.titleEn()), a.getStatus(), a.getAmountRequested(), a.getSubmittedAt(), a.getDecisionDue(),
                    a.getUpdatedAt());
        }).toList();
    }

    /**
     * A call's title is the same for every applicant of the call: one copy in the JVM instead of one in each session's
     * "Mijn aanvragen" (issue 20 item 3, as the work queue's rows share theirs).
     */
    private static String shared(String title) {
        return title == null ? null : title.intern();
    }

    /** The signed-in user. */
    nl.gemeenschapsfonds.security.SignedInUser me() {
        return currentUser.require();
    }

    /** Whether the signed-in user confirmed their e-mail address. */
    boolean myEmailConfirmed() {
        return currentUser.isEmailConfirmed();
    }

    /** The signed-in user as the audit trail names them. */
    String actorName() {
        return currentUser.actorName();
    }

    /** The authority of the signed-in staff member. */
    long myAuthority() {
        return currentUser.require().requireAuthority();
    }

    /** The organisation of the signed-in applicant. */
    long myOrganisation() {
        return currentUser.require().requireOrganisation();
    }

    /** The organisation's own application (it leads it), to read or change; else "not found" (ApplicationScope's rule). */
    GrantApplication ownedByMe(long id) {
        return scope.readableByMyOrganisation(id).filter(readable -> readable.standing().mayChange())
                .map(ApplicationScope.Readable::application)
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    /** An application the organisation leads or is a co-applicant of (once submitted), to read only; else "not found". */
    ApplicationScope.Readable readableByMe(long id) {
        return scope.readableByMyOrganisation(id).orElseThrow(() -> new NotFoundException("Application", id));
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
