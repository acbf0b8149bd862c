package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision on an objection to a settlement raised the settled amount (ADR 0029). Published in the deciding
 * transaction; the report module, which owns the settlement, books what follows as new movements (commitments back,
 * a lower repayment claim or a further payment) in the same transaction, so a refusal of the ledger undoes it all.
 *
 * @param before the settled amounts per year before
 * @param after  the settled amounts per year now
 */
public record SettlementObjectionUpheld(long applicationId, long settlementId, String reference,
                                        SortedMap<Integer, BigDecimal> before, SortedMap<Integer, BigDecimal> after) {

    public SettlementObjectionUpheld {
        before = new TreeMap<>(before);
        after = new TreeMap<>(after);
    }
}
