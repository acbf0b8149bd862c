package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report with everything its form and the reviewer show: the granted cost lines with what was spent (submission's
 * application, {@link ApplicationScope}), the grant (review's {@link Decisions}), whether an accountant's statement is
 * needed (the call's threshold, {@link Funds}), the pledges that matter and the files.
 */
@Component
class ReportDetails {

    private final ReportRecords records;
    private final ApplicationScope scope;
    private final Decisions decisions;
    private final Funds funds;

    ReportDetails(ReportRecords records, ApplicationScope scope, Decisions decisions, Funds funds) {
        this.records = records;
        this.scope = scope;
        this.decisions = decisions;
        this.funds = funds;
    }

    ReportDetail detail(ObligationItem obligation, List<PledgeItem> pledgeItems) {
        GrantApplication application = scope.byId(obligation.applicationId());
        ReportForm content = records.content(obligation);
        Map<Integer, BigDecimal> spent = content.spent();
        List<CostLineItem> lines = new ArrayList<>();
        List<CostLine> costLines = application.getCostLines();
        for (int i = 0; i < costLines.size(); i++) {
            CostLine line = costLines.get(i);
            lines.add(new CostLineItem(i, line.category(), line.year(), line.description(), line.amount(), spent.get(i)));
        }
        BigDecimal granted = decisions.ofApplication(obligation.applicationId()).map(Decision::grantedTotal).orElse(BigDecimal.ZERO);
        BigDecimal threshold = accountantThreshold(application.getCallId());
        boolean accountant = obligation.kind() == ReportKind.FINAL && threshold != null && granted.compareTo(threshold) > 0;
        List<PledgeItem> relevant = pledgeItems.stream().filter(p -> p.status() != PledgeStatus.PLEDGED
                && p.status() != PledgeStatus.WITHDRAWN).toList();
        return new ReportDetail(obligation, content, lines, relevant, records.attachments(obligation.id()),
                records.moreAskedText(obligation.id()).orElse(null), granted, accountant);
    }

    /** Whether the application (not a draft) is of the authority. */
    boolean applicationInAuthority(long applicationId, long authorityId) {
        return scope.inAuthority(applicationId, authorityId);
    }

    /** Above this grant the call asks an accountant's statement with the final report (none: never). */
    BigDecimal accountantThreshold(long callId) {
        return funds.call(callId).map(CallFacts::accountantStatementAbove).orElse(null);
    }
}
