package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision maker settled a proposed settlement; published inside the settling transaction, before
 * {@link GrantSettled}, so the letter exists and the mail is on its way when the settlement commits (and neither when
 * it rolls back).
 *
 * @param releasedPerYear what went back to each year's budget
 * @param paidBefore      what was paid before the settlement
 * @param finalPayment    what is still paid (null: nothing)
 * @param claim           what is claimed back (null: nothing)
 * @param cancelledAdvances what the settlement cancelled of advances not paid yet (null: nothing), ADR 0029
 * @param outcome         what settling did per year (settled, released, final payment, repayment)
 * @param paidPerYear     what was paid per year before the settlement
 */
public record SettlementDecided(long settlementId, long applicationId, LocalDate settledOn, SortedMap<Integer, BigDecimal> releasedPerYear,
                                BigDecimal paidBefore, BigDecimal finalPayment, SettlementItem.RepaymentClaim claim,
                                LocalDate objectionDeadline, BigDecimal cancelledAdvances, SettlementPolicy.Outcome outcome,
                                SortedMap<Integer, BigDecimal> paidPerYear) {

    public SettlementDecided {
        releasedPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(releasedPerYear));
        paidPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(paidPerYear));
    }
}
