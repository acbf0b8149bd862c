package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an upheld objection to a settlement books (ADR 0029), pure: a correction is a new movement, never an undo. Per
 * year the raise of the settled amount is committed again in the ledger; of it, what the open repayment claim asked
 * back for that year is no longer owed (the claim is lowered), and the rest is paid as a further final payment. So
 * afterwards, as after the settlement itself, every year's ledger holds granted − released = paid + still to pay −
 * repaid.
 */
public final class SettlementCorrectionPolicy {

    private SettlementCorrectionPolicy() {
    }

    /** Per year: committed again, taken off the open claim, and paid further; maps hold only non-zero years. */
    public record Correction(SortedMap<Integer, BigDecimal> commitPerYear, SortedMap<Integer, BigDecimal> claimLowerPerYear,
                             SortedMap<Integer, BigDecimal> paymentPerYear) {

        public Correction {
            commitPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(commitPerYear));
            claimLowerPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(claimLowerPerYear));
            paymentPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(paymentPerYear));
        }

        public BigDecimal raise() {
            return SettlementPolicy.total(commitPerYear);
        }

        public BigDecimal claimLower() {
            return SettlementPolicy.total(claimLowerPerYear);
        }

        public BigDecimal payment() {
            return SettlementPolicy.total(paymentPerYear);
        }
    }

    /**
     * @param before     settled per year before the decision on the objection
     * @param after      settled per year after it (never below {@code before} in any year)
     * @param paid       paid per year when the settlement was decided
     * @param claimOpen  whether the repayment claim is still open (a received claim was repaid: then all is paid again)
     */
    public static Correction correct(SortedMap<Integer, BigDecimal> before, SortedMap<Integer, BigDecimal> after,
                                     Map<Integer, BigDecimal> paid, boolean claimOpen) {
        SortedMap<Integer, BigDecimal> commit = new TreeMap<>();
        SortedMap<Integer, BigDecimal> claimLower = new TreeMap<>();
        SortedMap<Integer, BigDecimal> payment = new TreeMap<>();
        after.forEach((year, settledNow) -> {
            BigDecimal settledBefore = before.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal raise = settledNow.subtract(settledBefore);
            if (raise.signum() < 0) {
                throw new IllegalArgumentException("An objection does not settle lower: " + year);
            }
            if (raise.signum() == 0) {
                return;
            }
            BigDecimal claimed = claimOpen ? paid.getOrDefault(year, BigDecimal.ZERO).subtract(settledBefore).max(BigDecimal.ZERO)
                    : BigDecimal.ZERO;
            BigDecimal lower = raise.min(claimed);
            commit.put(year, raise.setScale(2));
            if (lower.signum() > 0) {
                claimLower.put(year, lower.setScale(2));
            }
            if (raise.subtract(lower).signum() > 0) {
                payment.put(year, raise.subtract(lower).setScale(2));
            }
        });
        return new Correction(commit, claimLower, payment);
    }

    /** What a repayment books per year: what was paid above what is settled now. */
    public static SortedMap<Integer, BigDecimal> repaymentPerYear(Map<Integer, BigDecimal> settled, Map<Integer, BigDecimal> paid) {
        SortedMap<Integer, BigDecimal> repay = new TreeMap<>();
        paid.forEach((year, amount) -> {
            BigDecimal above = amount.subtract(settled.getOrDefault(year, BigDecimal.ZERO));
            if (above.signum() > 0) {
                repay.put(year, above.setScale(2));
            }
        });
        return repay;
    }
}
