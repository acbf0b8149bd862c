package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The applicant's side of applications, always scoped to the signed-in user's organisation:
 * drafts that are saved as they are typed, the submission rules, submission with its receipt,
 * withdrawal.
 */
@Service
public class SubmissionService {

    private final GrantApplicationRepository applications;
    private final ApplicationAccess access;
    private final CallCatalogue calls;
    private final SubmissionChecks checks;
    private final ReceiptSender receipts;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationAnswers answers;

    SubmissionService(GrantApplicationRepository applications, ApplicationAccess access, CallCatalogue calls,
                      SubmissionChecks checks, ReceiptSender receipts, AuditTrail audit, Clock clock,
                      ApplicationAnswers answers) {
        this.answers = answers;
        this.applications = applications;
        this.access = access;
        this.calls = calls;
        this.checks = checks;
        this.receipts = receipts;
        this.audit = audit;
        this.clock = clock;
    }

    /** All applications of the signed-in applicant's organisation, most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ApplicationListItem> myApplications() {
        return access.mine();
    }

    /** Starts a draft for the organisation in a call that is open today. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startDraft(long callId) {
        return startDraft(callId, java.util.Map.of());
    }

    /**
     * As {@link #startDraft(long)}, carrying the answers the applicant gave in the call's eligibility check before
     * registering or signing in (issue 21); the application keeps the version of the call's questions of today.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startDraft(long callId, java.util.Map<String, String> eligibilityAnswers) {
        CallTerms call = calls.terms(callId);
        if (!SubmissionRules.isOpen(call, today())) {
            throw new InvalidInputException("call", "submit.call." + call.availabilityOn(today()));
        }
        GrantApplication application = applications.save(
                new GrantApplication(access.myOrganisation(), callId, "", clock.instant()));
        answers.start(application.getId(), callId, eligibilityAnswers);
        audit.record("APPLICATION_STARTED", "Application", application.getId(), null, "DRAFT", null);
        return application.getId();
    }

    /**
     * The content of one of the organisation's own applications, or of a submitted one it is co-applicant of (to read:
     * saving goes through {@link #saveDraft}, which only the lead may).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationDraft draft(long id) {
        return access.readableByMe(id).application().toDraft();
    }

    /**
     * The status and dates of one of the organisation's own applications, for its detail page; of one it is
     * co-applicant of too, then never editable nor withdrawable (issue 21, ADR 0030).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationDetail detail(long id) {
        ApplicationScope.Readable readable = access.readableByMe(id);
        GrantApplication application = readable.application();
        boolean lead = readable.standing().mayChange();
        CallTerms call = calls.terms(application.getCallId());
        return new ApplicationDetail(application.getId(), application.getReference(), application.getTitle(),
                call.titleNl(), call.titleEn(), call.authorityName(), application.getStatus(), application.getAmountRequested(),
                application.getSubmittedAt(), application.getDecisionDue(), application.getWithdrawnAt(),
                application.getUpdatedAt(), lead && application.isEditable(),
                lead && GrantApplication.WITHDRAWABLE.contains(application.getStatus()), application.getVersion());
    }

    /**
     * Saves what the applicant typed so far. Incomplete is fine; only what the database could not
     * hold (too long, an impossible postcode, negative amounts) is refused, at its field. Returns
     * the new version for the next save.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long saveDraft(ApplicationDraft draft) {
        GrantApplication application = access.editableByMe(draft.id());
        if (application.getVersion() != draft.version()) {
            throw new ConcurrentEditException("Application " + draft.id());
        }
        List<Problem> problems = StorableDraftPolicy.problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (application.getStatus() == ApplicationStatus.DRAFT && draft.callId() != application.getCallId()) {
            calls.terms(draft.callId());
        }
        application.update(draft, clock.instant());
        applications.saveAndFlush(application);
        return application.getVersion();
    }

    /** What still stands in the way of submitting, each with its field and wizard step. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<Problem> problems(long id) {
        GrantApplication application = access.ownedByMe(id);
        return checks.all(application, calls.terms(application.getCallId()), today());
    }

    /**
     * Submits the application after checking every rule again on the server. It gets its reference,
     * the exact receipt time and the decision due date; a receipt is mailed (in {@code language})
     * once the submission is committed.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Receipt submit(long id, long version, Locale language) {
        GrantApplication application = access.ownedByMe(id);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException("submit", application.getStatus());
        }
        if (application.getVersion() != version) {
            throw new ConcurrentEditException("Application " + id);
        }
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
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void submitSupplement(long id, long version) {
        GrantApplication application = access.ownedByMe(id);
        if (application.getStatus() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw new IllegalTransitionException("resubmit", application.getStatus());
        }
        if (application.getVersion() != version) {
            throw new ConcurrentEditException("Application " + id);
        }
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

    /** The receipt of a submitted application (the organisation's own, or one it is co-applicant of), to download again. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public byte[] receiptPdf(long id, Locale language) {
        GrantApplication application = access.readableByMe(id).application();
        if (application.getReference() == null) {
            throw new IllegalTransitionException("download the receipt of", application.getStatus());
        }
        CallTerms call = calls.terms(application.getCallId());
        return receipts.pdf(new Receipt(id, application.getReference(), application.getTitle(), application.getOrganisationId(),
                call.titleNl(), call.titleEn(), call.authorityName(), application.getSubmittedAt(),
                application.getDecisionDue(), application.getAmountRequested(), application.plan().grantPerYear()), language);
    }

    /** Withdraws an application; possible until a decision is taken. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void withdraw(long id, String reason) {
        GrantApplication application = access.ownedByMe(id);
        ApplicationStatus before = application.getStatus();
        application.withdraw(clock.instant());
        applications.save(application);
        audit.record("APPLICATION_WITHDRAWN", "Application", id, before.name(), "WITHDRAWN", reason);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
