package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The decision (beschikking): grant, grant partly or refuse, by a decision maker who did not
 * assess the application (four eyes, {@link FourEyesPolicy}; the decision's rules in {@link DecisionPolicy}).
 * Granting commits the amounts in the budget ledger in the same transaction as the state change: when the
 * ledger refuses (the ceiling), nothing changes and the decision maker is told why. Load, act, save, publish:
 * the letter ({@link DecisionLetters}), the audit entry ({@link ReviewAuditLog}) and the mail to the applicant
 * ({@link DecisionMails}) follow from {@link DecisionTaken}, in the same transaction.
 */
@Service
public class DecisionService {

    private final ReviewAccess access;
    private final DecisionChecks checks;
    private final CallCatalogue calls;
    private final BudgetLedger ledger;
    private final DecisionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(ReviewAccess access, DecisionChecks checks, CallCatalogue calls, BudgetLedger ledger, DecisionStore store,
                    ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.checks = checks;
        this.calls = calls;
        this.ledger = ledger;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes the decision. Throws {@link InvalidInputException} for bad input or a four-eyes
     * violation, and {@link nl.gemeenschapsfonds.budget.BudgetRefusedException} when the ceiling
     * does not allow the grant; in both cases nothing is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public long decide(DecisionForm form) {
        GrantApplication application = awaitingDecision(form.applicationId());
        checks.refuseInvalid(application, form);
        SortedMap<Integer, BigDecimal> asked = application.plan().grantPerYear();
        Recommendation kind = checks.policy(application).kindOf(form);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        CallTerms call = calls.terms(application.getCallId());
        if (kind != Recommendation.REFUSE) {
            ledger.commit(application.getCallId(), application.getId(), form.amounts(),
                    "Grant decision " + application.getReference());
        }
        access.workflow().decide(application.getId(), kind != Recommendation.REFUSE);

        LocalDate objectionDeadline = new ObjectionDeadlinePolicy(call.objectionWeeks()).deadline(today);
        Locale language = Locale.of(application.getApplicantLocale());
        // a small grant is settled with the decision (the report module does so on GrantDecided); the letter says so.
        // Not a grant on a co-financing condition: that one may still be reconsidered.
        boolean settledAtOnce = kind != Recommendation.REFUSE && form.coFinancingDueBy() == null
                && call.settlesAtOnce(form.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        long decisionId = store.insert(form, kind, today, objectionDeadline, language);
        if (kind != Recommendation.REFUSE) {
            events.publishEvent(new GrantDecided(application.getId(), decisionId, settledAtOnce));
        }
        events.publishEvent(new DecisionTaken(application.getId(), decisionId, application.getReference(),
                application.getTitle(), application.getOrganisationId(), application.getCallId(),
                application.getSubmittedBy(), language, application.getAmountRequested(), asked, form, kind, today,
                objectionDeadline, settledAtOnce, ApplicationStatus.AWAITING_DECISION.name(), application.getStatus().name()));
        return decisionId;
    }

    /**
     * Checks a decision as {@link #decide} would, without taking it: the screen asks for confirmation
     * only of a decision that can be taken. Throws {@link InvalidInputException} with a message per field.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void check(DecisionForm form) {
        checks.refuseInvalid(awaitingDecision(form.applicationId()), form);
    }

    private GrantApplication awaitingDecision(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        if (application.getStatus() != ApplicationStatus.AWAITING_DECISION) {
            throw new IllegalTransitionException("decide on", application.getStatus());
        }
        return application;
    }

    /** The decision letter of an application of the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public Optional<byte[]> letter(long applicationId) {
        access.inMyAuthority(applicationId);
        return store.letter(applicationId);
    }

    /**
     * The decision letter for the applicant: of their own organisation's application, or of one it is co-applicant of
     * (issue 21: a partner reads the decision; only the lead may object, see {@link DecisionSummary#mayObject}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<DecisionSummary> myDecision(long applicationId) {
        return access.readableByMe(applicationId).flatMap(readable -> store.summary(readable.application())
                .map(summary -> readable.standing().mayChange() ? summary : summary.readOnly()));
    }

    /** A decision as the applicant sees it, with its letter and the amount granted per year (empty when refused). */
    public record DecisionSummary(Recommendation kind, LocalDate date, LocalDate objectionDeadline, byte[] letter,
                                  String fileName, SortedMap<Integer, BigDecimal> grantedPerYear, BigDecimal asked,
                                  boolean mayObject) {

        public DecisionSummary(Recommendation kind, LocalDate date, LocalDate objectionDeadline, byte[] letter,
                               String fileName, SortedMap<Integer, BigDecimal> grantedPerYear, BigDecimal asked) {
            this(kind, date, objectionDeadline, letter, fileName, grantedPerYear, asked, true);
        }

        /** As a co-applicant reads it: the same decision, without the right to object (that is the lead's). */
        DecisionSummary readOnly() {
            return new DecisionSummary(kind, date, objectionDeadline, letter, fileName, grantedPerYear, asked, false);
        }

        public BigDecimal granted() {
            return grantedPerYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static String letterFileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "decision-" : "beschikking-") + reference + ".pdf";
    }
}
