package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;

/** One co-financing rule of a call, checked against the figures of a plan or of the confirmed pledges. */
public sealed interface CoFinancingRule {

    Result check(FinancingFigures figures);

    /** Whether the rule is met, with the figure found and the limit it was held against. */
    record Result(String ruleKey, boolean met, BigDecimal actual, BigDecimal limit) {
    }

    /** Private co-financing at least this share of the costs (e.g. 20%). Exactly at the minimum is met. */
    record MinimumPrivateShare(BigDecimal share) implements CoFinancingRule {
        @Override
        public Result check(FinancingFigures figures) {
            BigDecimal minimum = Money.cents(figures.totalCosts().multiply(share));
            return new Result("rule.minPrivateShare", figures.privateFunding().compareTo(minimum) >= 0,
                    figures.privateFunding(), minimum);
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
