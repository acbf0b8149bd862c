package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The totals of a financing plan (or of the confirmed pledges) that the call's co-financing rules
 * look at. Private co-financing is the money of private funders, the organisation's own funds and
 * the valued volunteer hours; public money is the fund's grant, the municipality and the province.
 *
 * @param totalCosts       the eligible costs of the project
 * @param grant            the grant asked of (or granted by) the fund
 * @param municipal        the municipality's own contribution
 * @param privateFunding   private funders plus own funds plus in kind
 * @param inKind           the part of {@code privateFunding} that is volunteer hours × hourly rate
 */
public record FinancingFigures(BigDecimal totalCosts, BigDecimal grant, BigDecimal municipal,
                               BigDecimal privateFunding, BigDecimal inKind) {

    public FinancingFigures {
        Objects.requireNonNull(totalCosts);
        Objects.requireNonNull(grant);
        municipal = municipal == null ? BigDecimal.ZERO : municipal;
        privateFunding = privateFunding == null ? BigDecimal.ZERO : privateFunding;
        inKind = inKind == null ? BigDecimal.ZERO : inKind;
    }
}
