package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.payment.PaymentSchedule;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.ApplicationTransitions;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the settlement reads from and asks of other modules, in one place, through their APIs: the application and its
 * transition to SETTLED (submission's {@link ApplicationScope} and {@link ApplicationTransitions}), the decision's
 * grant and advances (review's {@link Decisions}), the call's terms (fund), the organisation's name
 * ({@link Organisations}), the pledges (cofinancing) and what was paid (payment). The callers check roles; this class
 * checks nothing but scope where it says so.
 */
@Component
class GrantFacts {

    private final ApplicationScope scope;
    private final ApplicationTransitions transitions;
    private final Decisions decisions;
    private final CallCatalogue calls;
    private final Organisations organisations;
    private final PledgeService pledges;
    private final PaymentSchedule payments;

    GrantFacts(ApplicationScope scope, ApplicationTransitions transitions, Decisions decisions, CallCatalogue calls,
               Organisations organisations, PledgeService pledges, PaymentSchedule payments) {
        this.scope = scope;
        this.transitions = transitions;
        this.decisions = decisions;
        this.calls = calls;
        this.organisations = organisations;
        this.pledges = pledges;
        this.payments = payments;
    }

    /** An application (not a draft) of the signed-in staff member's authority; not found otherwise. */
    GrantApplication applicationInMyAuthority(long applicationId) {
        return scope.inMyAuthority(applicationId);
    }

    GrantApplication application(long applicationId) {
        return scope.byId(applicationId);
    }

    /** The application is settled: GRANTED/IN_EXECUTION → SETTLED, through submission's transition. */
    void settle(long applicationId) {
        transitions.settle(applicationId);
    }

    /** What the decision granted per budget year; empty when there is no grant. */
    SortedMap<Integer, BigDecimal> grantedPerYear(long applicationId) {
        return decisions.ofApplication(applicationId).filter(Decision::isGrant).map(Decision::grantedPerYear)
                .map(TreeMap::new).orElseGet(TreeMap::new);
    }

    /** What the decision's advances pay per budget year. */
    SortedMap<Integer, BigDecimal> advancesPerYear(long applicationId) {
        return decisions.ofApplication(applicationId).filter(Decision::isGrant).map(Decision::advancesPerYear)
                .orElseGet(TreeMap::new);
    }

    CallTerms call(long callId) {
        return calls.terms(callId);
    }

    String organisationName(GrantApplication application) {
        return organisations.organisation(application.getOrganisationId()).map(OrganisationFacts::legalName).orElseThrow();
    }

    List<PledgeItem> pledges(long applicationId) {
        return pledges.pledgesForStaff(applicationId);
    }

    void verifyPledge(PledgeItem pledge) {
        pledges.verify(pledge.id(), pledge.version());
    }

    PaymentSchedule.PaymentsSoFar paidSoFar(long applicationId) {
        return payments.soFar(applicationId);
    }
}
