package nl.gemeenschapsfonds.records;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.report.GrantSettled;
import nl.gemeenschapsfonds.report.RepaymentReceived;
import nl.gemeenschapsfonds.review.ApplicationNotConsidered;
import nl.gemeenschapsfonds.review.DecisionTaken;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.ApplicationSubmitted;
import nl.gemeenschapsfonds.submission.ApplicationWithdrawn;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Follows every submitted application from the owners' events, in their transactions: submission opens the case,
 * the decision, a withdrawal, "not considered", the settlement and a repayment close it with the day that counts
 * (the decision date, the day of the withdrawal, the settlement date, the day the money came back).
 */
@Component
class RetentionCapture {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RetentionCapture.class);

    private final RetentionCases cases;
    private final ApplicationScope applications;
    private final Funds funds;
    private final Clock clock;

    RetentionCapture(RetentionCases cases, ApplicationScope applications, Funds funds, Clock clock) {
        this.cases = cases;
        this.applications = applications;
        this.funds = funds;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        follow(submitted.applicationId(), null);
    }

    @EventListener
    void on(DecisionTaken decision) {
        follow(decision.applicationId(), decision.callId());
        if (decision.isGrant()) {
            cases.granted(decision.applicationId());
        } else {
            cases.close(decision.applicationId(), RetentionOutcome.REFUSED, decision.decisionDate());
        }
    }

    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        if (follow(withdrawn.applicationId(), null)) {
            cases.close(withdrawn.applicationId(), RetentionOutcome.WITHDRAWN, today());
        }
    }

    @EventListener
    void on(ApplicationNotConsidered notConsidered) {
        follow(notConsidered.applicationId(), null);
        cases.close(notConsidered.applicationId(), RetentionOutcome.NOT_CONSIDERED, today());
    }

    @EventListener
    void on(GrantSettled settled) {
        follow(settled.applicationId(), null);
        cases.close(settled.applicationId(), RetentionOutcome.SETTLED, settled.settledOn());
    }

    @EventListener
    void on(RepaymentReceived repayment) {
        cases.repaid(repayment.applicationId(), repayment.receivedOn());
    }

    /** Opens the case if there is none (an application submitted before records followed them); false for a draft. */
    private boolean follow(long applicationId, Long knownCall) {
        if (cases.exists(applicationId)) {
            return true;
        }
        GrantApplication application;
        try {
            application = applications.byId(applicationId);
        } catch (org.springframework.security.core.AuthenticationException
                 | org.springframework.security.access.AccessDeniedException noUser) {
            // a step taken by a job without a signed-in user must not fail for want of a case: the administrator's
            // "take in earlier applications" picks the application up later (ADR 0024)
            log.warn("Retention: application {} is not followed yet and there is no signed-in user to read it", applicationId);
            return false;
        }
        if (application.getReference() == null) {
            return false; // a draft withdrawn before it was submitted: nothing was received, nothing to keep
        }
        long callId = knownCall != null ? knownCall : application.getCallId();
        CallFacts call = funds.call(callId).orElseThrow();
        cases.open(applicationId, application.getReference(), call.authorityId(), call.fundId(), callId);
        return true;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
