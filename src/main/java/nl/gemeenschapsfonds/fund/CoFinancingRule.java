package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.Set;

/** One co-financing rule of a call, checked against the figures of a plan or of the confirmed pledges. */
public sealed interface CoFinancingRule {

    Result check(FinancingFigures figures);

    /** Whether the rule is met, with the figure found and the limit it was held against. */
    record Result(String ruleKey, boolean met, BigDecimal actual, BigDecimal limit) {
    }

    /**
     * Private co-financing at least this share of the costs (e.g. 20%), counting only the sources the call
     * names (e.g. private funders only: own money and volunteer hours then do not make up for a missing
     * funder). Exactly at the minimum is met. The rule's text names the sources counted.
     */
    record MinimumPrivateShare(BigDecimal share, Set<CoFinancingSource> counted) implements CoFinancingRule {

        public MinimumPrivateShare {
            counted = counted == null || counted.isEmpty() ? CoFinancingSource.ALL : Set.copyOf(counted);
        }

        /** Counting all three sources. */
        public MinimumPrivateShare(BigDecimal share) {
            this(share, CoFinancingSource.ALL);
        }

        /** "rule.minPrivateShare" when all sources count, else e.g. "rule.minPrivateShare.funders". */
        public String ruleKey() {
            return counted.equals(CoFinancingSource.ALL) ? "rule.minPrivateShare"
                    : "rule.minPrivateShare." + CoFinancingSource.codes(counted);
        }

        @Override
        public Result check(FinancingFigures figures) {
            BigDecimal minimum = Money.cents(figures.totalCosts().multiply(share));
            BigDecimal counting = figures.privateFunding(counted);
            return new Result(ruleKey(), counting.compareTo(minimum) >= 0, counting, minimum);
        }
    }

    /** The fund pays at most this share of the costs (e.g. 50%). Exactly at the maximum is met. */
    record MaximumFundShare(BigDecimal share) implements CoFinancingRule {
        @Override
        public Result check(FinancingFigures figures) {
            BigDecimal maximum = Money.cents(figures.totalCosts().multiply(share));
            return new Result("rule.maxFundShare", figures.grant().compareTo(maximum) <= 0, figures.grant(), maximum);
        }
    }

    /** The fund's grant is never more than the municipality's own contribution. */
    record GrantNotAboveMunicipalContribution() implements CoFinancingRule {
        @Override
        public Result check(FinancingFigures figures) {
            return new Result("rule.grantMaxMunicipal", figures.grant().compareTo(figures.municipal()) <= 0,
                    figures.grant(), figures.municipal());
        }
    }

    /** Volunteer hours count for at most this share of the costs. */
    record InKindCap(BigDecimal share) implements CoFinancingRule {
        @Override
        public Result check(FinancingFigures figures) {
            BigDecimal maximum = Money.cents(figures.totalCosts().multiply(share));
            return new Result("rule.maxInKindShare", figures.inKind().compareTo(maximum) <= 0, figures.inKind(), maximum);
        }
    }

    /** Rounding to cents, half up: the limit a person would compute. */
    final class Money {
        private Money() {
        }

        static BigDecimal cents(BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
