package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.cofinancing.PledgeItem;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report with everything its form and its review show: the obligation, the content as saved, the granted cost
 * lines with what was spent, the pledges with what arrived, the files, and what the reviewer asked for.
 */
public record ReportDetail(ObligationItem obligation, ReportForm content, List<CostLineItem> costLines,
                           List<PledgeItem> pledges, List<ReportAttachmentItem> attachments, String moreAskedText,
                           BigDecimal granted, boolean accountantStatementRequired) {

    public ReportDetail {
        costLines = List.copyOf(costLines);
        pledges = List.copyOf(pledges);
        attachments = List.copyOf(attachments);
    }
}
