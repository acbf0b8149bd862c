package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Submitting for {@link SubmissionService}, which checks the caller's role and holds the transaction: the submission
 * rules, submission with its reference and receipt, the supplement sent back, and the receipt to download again.
 */
@Component
class ApplicationSubmitting {

    private final GrantApplicationRepository applications;
    private final ApplicationAccess access;
    private final CallCatalogue calls;
    private final SubmissionChecks checks;
    private final ReceiptSender receipts;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationSubmitting(GrantApplicationRepository applications, ApplicationAccess access, CallCatalogue calls,
                          SubmissionChecks checks, ReceiptSender receipts, AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.access = access;
        this.calls = calls;
        this.checks = checks;
        this.receipts = receipts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What still stands in the way of submitting, each with its field and wizard step. */
    List<Problem> problems(long id) {
        GrantApplication application = access.ownedByMe(id);
        return checks.all(application, calls.terms(application.getCallId()), today());
    }

    /**
     * Submits the application after checking every rule again on the server. It gets its reference,
     * the exact receipt time and the decision due date; a receipt is mailed (in {@code language})
     * once the submission is committed.
     */
    Receipt submit(long id, long version, Locale language) {
        GrantApplication application = access.ownedByMe(id);
        require(application, ApplicationStatus.DRAFT, "submit", version);
        CallTerms call = calls.terms(application.getCallId());
        // PostgreSQL keeps microseconds: the receipt shows exactly the time that is stored and decides the order.
        Instant received = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate receiptDate = LocalDate.ofInstant(received, Formats.ZONE);
        List<Problem> problems = checks.all(application, call, receiptDate);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long number = applications.nextReferenceNumber();
        String reference = "GF-%d-%06d".formatted(receiptDate.getYear(), number);
        SignedInUser user = access.me();
        application.submit(reference, received, DecisionClock.initialDeadline(receiptDate, call.decisionWeeks()),
                user.email(), language.getLanguage());
        applications.saveAndFlush(application);
        audit.record("APPLICATION_SUBMITTED", "Application", id, "DRAFT", "SUBMITTED " + reference, null);
        Receipt receipt = new Receipt(id, reference, application.getTitle(), user.organisationId(), call.titleNl(), call.titleEn(),
                call.authorityName(), received, application.getDecisionDue(), application.getAmountRequested(),
                application.plan().grantPerYear());
        receipts.send(receipt, user.email(), language);
        return receipt;
    }

    /**
     * Sends back an application after the supplement a reviewer asked for: the rules are checked
     * again, and the decision clock runs again.
     */
    void submitSupplement(long id, long version) {
        GrantApplication application = access.ownedByMe(id);
        require(application, ApplicationStatus.SUPPLEMENT_REQUESTED, "resubmit", version);
        CallTerms call = calls.terms(application.getCallId());
        List<Problem> problems = checks.all(application, call, today()).stream()
                .filter(problem -> !problem.field().equals("call")).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        application.supplementReceived(clock.instant());
        applications.saveAndFlush(application);
        audit.record("SUPPLEMENT_SUBMITTED", "Application", id, "SUPPLEMENT_REQUESTED", "SUBMITTED", null);
    }

    /** The receipt of a submitted application, to download again. */
    byte[] receiptPdf(long id, Locale language) {
        GrantApplication application = access.readableByMe(id).application(); // the lead or a co-applicant (coapp21)
        if (application.getReference() == null) {
            throw new IllegalTransitionException("download the receipt of", application.getStatus());
        }
        CallTerms call = calls.terms(application.getCallId());
        return receipts.pdf(new Receipt(id, application.getReference(), application.getTitle(), application.getOrganisationId(),
                call.titleNl(), call.titleEn(), call.authorityName(), application.getSubmittedAt(),
                application.getDecisionDue(), application.getAmountRequested(), application.plan().grantPerYear()), language);
    }

    /** The application is in {@code status} and still the version the applicant saw, or {@code action} is refused. */
    private static void require(GrantApplication application, ApplicationStatus status, String action, long version) {
        if (application.getStatus() != status) {
            throw new IllegalTransitionException(action, application.getStatus());
        }
        if (application.getVersion() != version) {
            throw new ConcurrentEditException("Application " + application.getId());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
