package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.CoFinancingRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * After its date, a fulfilled co-financing condition is no longer met on the money that counts (a pledge received for
 * less than promised, issue 22 item 6). The condition stays fulfilled; the decision maker who imposed it is told
 * ({@link ConditionMails}).
 *
 * @param imposedBy the decision maker's address
 * @param counted   what the confirmed and received pledges bring now
 * @param results   the call's rules on it
 */
public record CoFinancingConditionShort(long applicationId, String reference, String imposedBy, LocalDate dueOn,
                                        BigDecimal counted, List<CoFinancingRule.Result> results) {

    public CoFinancingConditionShort {
        results = List.copyOf(results);
    }
}
