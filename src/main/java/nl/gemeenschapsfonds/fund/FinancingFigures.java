package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The totals of a financing plan (or of the confirmed pledges) that the call's co-financing rules
 * look at. Private co-financing is made of three sources (private funders, the organisation's own
 * funds, the valued volunteer hours); which of them a call's minimum counts, the call says
 * ({@link CoFinancingSource}). Public money is the fund's grant, the municipality and the province.
 *
 * @param totalCosts     the eligible costs of the project
 * @param grant          the grant asked of (or granted by) the fund
 * @param municipal      the municipality's own contribution
 * @param privateFunders the money of private funders (planned, or confirmed pledges)
 * @param ownFunds       the organisation's own money
 * @param inKind         volunteer hours × hourly rate
 */
public record FinancingFigures(BigDecimal totalCosts, BigDecimal grant, BigDecimal municipal,
                               BigDecimal privateFunders, BigDecimal ownFunds, BigDecimal inKind) {

    public FinancingFigures {
        Objects.requireNonNull(totalCosts);
        Objects.requireNonNull(grant);
        municipal = zeroIfNull(municipal);
        privateFunders = zeroIfNull(privateFunders);
        ownFunds = zeroIfNull(ownFunds);
        inKind = zeroIfNull(inKind);
    }

    /**
     * Figures where all private money other than in kind is taken as private funders' money (no own funds
     * told apart), as before a call could say which sources count.
     */
    public FinancingFigures(BigDecimal totalCosts, BigDecimal grant, BigDecimal municipal, BigDecimal privateFunding,
                            BigDecimal inKind) {
        this(totalCosts, grant, municipal, zeroIfNull(privateFunding).subtract(zeroIfNull(inKind)), BigDecimal.ZERO, inKind);
    }

    /** Private funders plus own funds plus in kind. */
    public BigDecimal privateFunding() {
        return privateFunders.add(ownFunds).add(inKind);
    }

    /** The private co-financing a rule counts when it counts these sources. */
    public BigDecimal privateFunding(Set<CoFinancingSource> counted) {
        BigDecimal total = BigDecimal.ZERO;
        if (counted.contains(CoFinancingSource.PRIVATE_FUNDERS)) {
            total = total.add(privateFunders);
        }
        if (counted.contains(CoFinancingSource.OWN_FUNDS)) {
            total = total.add(ownFunds);
        }
        if (counted.contains(CoFinancingSource.IN_KIND)) {
            total = total.add(inKind);
        }
        return total;
    }

    /** The same figures with the private funders' money replaced (by the confirmed or received pledges). */
    public FinancingFigures withPrivateFunders(BigDecimal funders) {
        return new FinancingFigures(totalCosts, grant, municipal, funders, ownFunds, inKind);
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
