package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;

/** A reviewer proposed (or replaced the proposal of) a settlement; published inside the proposing transaction. */
public record SettlementProposed(long settlementId, long applicationId, SettlementKind kind, BigDecimal granted,
                                 BigDecimal settled, String motivation) {
}
