package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    SubmissionService(GrantApplicationRepository applications, ApplicationAccess access, CallCatalogue calls,
                      SubmissionChecks checks, ReceiptSender receipts, AuditTrail audit, CurrentUser currentUser,
                      JdbcClient jdbc, Clock clock) {
        this.applications = applications;
        this.access = access;
        this.calls = calls;
        this.checks = checks;
        this.receipts = receipts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** All applications of the signed-in applicant's organisation, most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ApplicationListItem> myApplications() {
        return applications.listForOrganisation(currentUser.require().requireOrganisation());
    }

    /** Starts a draft for the organisation in a call that is open today. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startDraft(long callId) {
        CallTerms call = calls.terms(callId);
        if (!SubmissionRules.isOpen(call, today())) {
            throw new InvalidInputException("call", "submit.call." + call.availabilityOn(today()));
        }
        GrantApplication application = applications.save(
                new GrantApplication(currentUser.require().requireOrganisation(), callId, "", clock.instant()));
        audit.record("APPLICATION_STARTED", "Application", application.getId(), null, "DRAFT", null);
        return application.getId();
    }

    /** The content of one of the organisation's own applications. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationDraft draft(long id) {
        return access.ownedByMe(id).toDraft();
    }

    /** The status and dates of one of the organisation's own applications, for its detail page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationDetail detail(long id) {
        GrantApplication application = access.ownedByMe(id);
        CallTerms call = calls.terms(application.getCallId());
        return new ApplicationDetail(application.getId(), application.getReference(), application.getTitle(),
                call.titleNl(), call.titleEn(), call.authorityName(), application.getStatus(), application.getAmountRequested(),
                application.getSubmittedAt(), application.getDecisionDue(), application.getWithdrawnAt(),
                application.getUpdatedAt(), application.isEditable(),
                GrantApplication.WITHDRAWABLE.contains(application.getStatus()), application.getVersion());
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
        List<Problem> problems = storable(draft);
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
        long number = jdbc.sql("select nextval('grant_application_reference_seq')").query(Long.class).single();
        String reference = "GF-%d-%06d".formatted(receiptDate.getYear(), number);
        SignedInUser user = currentUser.require();
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

    /** The receipt of a submitted application, to download again. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public byte[] receiptPdf(long id, Locale language) {
        GrantApplication application = access.ownedByMe(id);
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

    /** Deletes a draft that was never submitted. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void deleteDraft(long id) {
        GrantApplication application = access.ownedByMe(id);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException("delete", application.getStatus());
        }
        audit.record("DRAFT_DELETED", "Application", id, "DRAFT", null, null);
        applications.delete(application);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private static List<Problem> storable(ApplicationDraft draft) {
        List<Problem> problems = new ArrayList<>();
        max(problems, "facilityName", draft.facilityName(), 200);
        max(problems, "facilityStreet", draft.facilityStreet(), 200);
        max(problems, "facilityCity", draft.facilityCity(), 100);
        max(problems, "title", draft.title(), 200);
        max(problems, "description", draft.description(), 4000);
        max(problems, "targetGroups", draft.targetGroups(), 1000);
        max(problems, "activities", draft.activities(), 4000);
        max(problems, "partners", draft.partners(), 1000);
        max(problems, "intervention", draft.intervention(), 500);
        if (draft.facilityPostcode() != null && !draft.facilityPostcode().isBlank() && !Postcode.isValid(draft.facilityPostcode())) {
            problems.add(new Problem("facilityPostcode", "validation.postcode"));
        }
        if (draft.expectedVisitorsPerWeek() != null && (draft.expectedVisitorsPerWeek() < 0 || draft.expectedVisitorsPerWeek() > 100000)) {
            problems.add(new Problem("expectedVisitors", "validation.between", 0, 100000));
        }
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add(new Problem("endDate", "submit.endBeforeStart"));
        }
        problems.addAll(CoFinancingSought.forDraft(draft));
        for (CostLine line : draft.costLines()) {
            if (line.category() == null || !validYear(line.year()) || !validAmount(line.amount())
                    || (line.description() != null && line.description().length() > 500)) {
                problems.add(new Problem("costLines", "submit.lineIncomplete"));
                break;
            }
        }
        for (FinancingLine line : draft.financingLines()) {
            if (line.source() == null || !validYear(line.year()) || !validAmount(line.amount())
                    || (line.description() != null && line.description().length() > 500)
                    || (line.source() == FundingSource.IN_KIND && (line.hours() == null || line.hourlyRate() == null))) {
                problems.add(new Problem("financingLines", "submit.lineIncomplete"));
                break;
            }
        }
        return problems;
    }

    private static boolean validYear(int year) {
        return year >= 2000 && year <= 2100;
    }

    private static boolean validAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.compareTo(nl.gemeenschapsfonds.base.Amounts.MAX) <= 0;
    }

    private static void max(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
    }
}
