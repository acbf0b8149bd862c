package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the applicant types in a report. {@code spent} maps a cost line's position to the amount spent;
 * {@code receipts} holds, per confirmed pledge, when and how much arrived (either may still be empty in a draft).
 */
public record ReportForm(long reportId, long version, String activities, Integer visitorsPerWeek,
                         String lonelinessChange, Map<Integer, BigDecimal> spent, List<PledgeReceipt> receipts) {

    public ReportForm {
        spent = spent == null ? new TreeMap<>() : new TreeMap<>(spent);
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    /** Co-financing that actually arrived for one pledge: may differ from the pledge. */
    public record PledgeReceipt(long pledgeId, long pledgeVersion, LocalDate receivedOn, BigDecimal amount) {
    }
}
