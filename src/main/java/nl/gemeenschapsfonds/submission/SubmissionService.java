package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The applicant's side of applications, always scoped to the signed-in user's organisation:
 * drafts that are saved as they are typed, the submission rules, submission with its receipt,
 * withdrawal. The submitting itself is {@link ApplicationSubmitting}'s.
 */
@Service
public class SubmissionService {

    private final GrantApplicationRepository applications;
    private final ApplicationAccess access;
    private final CallCatalogue calls;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationAnswers answers;
    private final ApplicationSubmitting submitting;

    SubmissionService(GrantApplicationRepository applications, ApplicationAccess access, CallCatalogue calls,
                      AuditTrail audit, Clock clock, ApplicationAnswers answers, ApplicationSubmitting submitting) {
        this.answers = answers;
        this.applications = applications;
        this.access = access;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
        this.submitting = submitting;
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
        return submitting.problems(id);
    }

    /**
     * Submits the application after checking every rule again on the server. It gets its reference,
     * the exact receipt time and the decision due date; a receipt is mailed (in {@code language})
     * once the submission is committed.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Receipt submit(long id, long version, Locale language) {
        return submitting.submit(id, version, language);
    }

    /**
     * Sends back an application after the supplement a reviewer asked for: the rules are checked
     * again, and the decision clock runs again.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void submitSupplement(long id, long version) {
        submitting.submitSupplement(id, version);
    }

    /** The receipt of a submitted application (the organisation's own, or one it is co-applicant of), to download again. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public byte[] receiptPdf(long id, Locale language) {
        return submitting.receiptPdf(id, language);
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
