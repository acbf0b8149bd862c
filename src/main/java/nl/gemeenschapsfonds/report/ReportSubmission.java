package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicant's side of a report (called by {@link ReportService}, which checks the role): saved as typed, and
 * submitted when complete ({@link ReportPolicy}); a submitted report records the co-financing that arrived on its
 * pledges (their RECEIVED step).
 */
@Component
class ReportSubmission {

    private final ReportRecords records;
    private final ReportDetails details;
    private final ReportAttachments attachments;
    private final PledgeService pledges;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportSubmission(ReportRecords records, ReportDetails details, ReportAttachments attachments, PledgeService pledges,
                     AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.details = details;
        this.attachments = attachments;
        this.pledges = pledges;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    long saveDraft(ReportForm form) {
        ObligationItem obligation = attachments.editable(form.reportId());
        List<Problem> problems = ReportPolicy.storableProblems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store(obligation, form);
    }

    void submit(ReportForm form) {
        ObligationItem obligation = attachments.editable(form.reportId());
        ReportDetail detail = details.detail(obligation, pledges.pledgesOnMyApplication(obligation.applicationId()));
        boolean accountantAttached = detail.attachments().stream().anyMatch(a -> a.kind() == ReportAttachmentKind.ACCOUNTANT_STATEMENT);
        List<Problem> problems = ReportPolicy.submitProblems(form, detail.costLines().stream().map(CostLineItem::position).toList(),
                LocalDate.ofInstant(clock.instant(), Formats.ZONE), accountantAttached,
                detail.accountantStatementRequired() ? accountantThreshold(obligation) : null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store(obligation, form);
        Map<Long, PledgeItem> confirmed = new HashMap<>();
        detail.pledges().stream().filter(p -> p.status() == PledgeStatus.CONFIRMED).forEach(p -> confirmed.put(p.id(), p));
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            if (receipt.amount() != null && confirmed.containsKey(receipt.pledgeId())) {
                pledges.recordReceipt(receipt.pledgeId(), receipt.pledgeVersion(), receipt.receivedOn(), receipt.amount());
            }
        }
        records.markSubmitted(obligation.id(), clock.instant(), currentUser.actorName());
        audit.record("REPORT_SUBMITTED", "Report", obligation.id(), obligation.status().name(), "SUBMITTED",
                obligation.kind() + " report of " + obligation.reference());
    }

    private java.math.BigDecimal accountantThreshold(ObligationItem obligation) {
        return details.accountantThreshold(attachments.application(obligation.applicationId()).getCallId());
    }

    private long store(ObligationItem obligation, ReportForm form) {
        List<Long> ownPledges = pledges.pledgesOnMyApplication(obligation.applicationId()).stream().map(PledgeItem::id).toList();
        return records.storeContent(obligation, form, ownPledges);
    }
}
