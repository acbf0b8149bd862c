package nl.gemeenschapsfonds.budget;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The ceiling rule (Awb 4:25): a grant may be committed only as far as the call-year's ceiling
 * still has room. The ledger checks it here to explain a refusal, and PostgreSQL enforces it in
 * the conditional update and the CHECK constraint, which also hold under concurrency.
 */
public final class CeilingPolicy {

    private CeilingPolicy() {
    }

    /** Empty when {@code amount} fits in the balance; otherwise the refusal with what is still available. */
    public static Optional<BudgetRefusal> check(CallYearBalance balance, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A commitment must be positive: " + amount);
        }
        if (balance.committed().add(amount).compareTo(balance.ceiling()) > 0) {
            return Optional.of(new BudgetRefusal(BudgetRefusal.Reason.CEILING_REACHED, balance.year(),
                    balance.available().max(BigDecimal.ZERO)));
        }
        return Optional.empty();
    }

    /** Empty when the ceiling may be set to {@code newCeiling}: never below what is committed. */
    public static Optional<BudgetRefusal> checkNewCeiling(CallYearBalance balance, BigDecimal newCeiling) {
        if (newCeiling.signum() < 0) {
            throw new IllegalArgumentException("A ceiling cannot be negative: " + newCeiling);
        }
        if (newCeiling.compareTo(balance.committed()) < 0) {
            return Optional.of(new BudgetRefusal(BudgetRefusal.Reason.BELOW_COMMITTED, balance.year(), balance.committed()));
        }
        return Optional.empty();
    }
}
