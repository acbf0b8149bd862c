package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.cofinancing.PledgeItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything the settlement screen shows for one grant: the granted amounts, the cost lines with what the final
 * report says was spent, payments so far, the pledges with what arrived, the final report, whether (and how) a
 * settlement can be proposed now, and the settlement itself once there is one.
 *
 * @param proposable  how a reviewer could settle now (REPORT after an accepted final report, OWN_MOTION after a
 *                    late final report's new term passed, or a request for more on it went unanswered past its
 *                    term); null when not (yet)
 * @param supported   settling on own motion: the reductions the report supports, as the proposal's starting point
 */
public record SettlementCase(long applicationId, String reference, String title, String organisation,
                             SortedMap<Integer, BigDecimal> grantedPerYear, BigDecimal granted, List<CostLineItem> costLines,
                             BigDecimal paid, BigDecimal openPayments, List<PledgeItem> pledges, ObligationItem finalReport,
                             SettlementKind proposable, SettlementItem settlement, List<SettlementForm.Reduction> supported) {

    public SettlementCase {
        costLines = List.copyOf(costLines);
        supported = List.copyOf(supported);
        pledges = List.copyOf(pledges);
    }
}
