package nl.gemeenschapsfonds.report;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a settlement set per budget year ({@code settlement_year}, V64, ADR 0029): granted, settled and what was paid
 * when it was decided. Written when a settlement is decided (reacting to {@link SettlementDecided}, in its transaction)
 * and when an upheld objection raises it; read by the objection workflow and when a repayment is received.
 */
@Component
class SettlementYears {

    /** One settlement's years. */
    record Years(SortedMap<Integer, BigDecimal> granted, SortedMap<Integer, BigDecimal> settled, SortedMap<Integer, BigDecimal> paid) {

        boolean isEmpty() {
            return settled.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final GrantFacts grants;

    SettlementYears(JdbcClient jdbc, GrantFacts grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    @EventListener
    void onDecided(SettlementDecided decided) {
        SortedMap<Integer, BigDecimal> granted = grants.grantedPerYear(decided.applicationId());
        decided.outcome().settledPerYear().forEach((year, settled) -> jdbc.sql("""
                        insert into settlement_year (settlement_id, year, granted, settled, paid) values (?, ?, ?, ?, ?)""")
                .params(decided.settlementId(), year, granted.getOrDefault(year, settled), settled,
                        decided.paidPerYear().getOrDefault(year, BigDecimal.ZERO))
                .update());
    }

    Years of(long settlementId) {
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        SortedMap<Integer, BigDecimal> settled = new TreeMap<>();
        SortedMap<Integer, BigDecimal> paid = new TreeMap<>();
        jdbc.sql("select year, granted, settled, paid from settlement_year where settlement_id = ? order by year")
                .param(settlementId)
                .query((rs, row) -> {
                    granted.put(rs.getInt("year"), rs.getBigDecimal("granted"));
                    settled.put(rs.getInt("year"), rs.getBigDecimal("settled"));
                    paid.put(rs.getInt("year"), rs.getBigDecimal("paid"));
                    return null;
                }).list();
        return new Years(granted, settled, paid);
    }

    /**
     * The years of a settlement decided before they were kept (V64): only for a grant of one budget year can they be
     * told from the settlement itself (settled, and paid before it); empty otherwise.
     */
    Years legacy(long applicationId, BigDecimal settled, BigDecimal paidBefore) {
        SortedMap<Integer, BigDecimal> granted = grants.grantedPerYear(applicationId);
        if (granted.size() != 1) {
            return new Years(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
        int year = granted.firstKey();
        return new Years(granted, new TreeMap<>(Map.of(year, settled)),
                new TreeMap<>(Map.of(year, paidBefore == null ? BigDecimal.ZERO : paidBefore)));
    }

    /** Keeps the years of a settlement decided before they were kept, before an objection corrects them. */
    void keep(long settlementId, Years years) {
        years.settled().forEach((year, settled) -> jdbc.sql("""
                        insert into settlement_year (settlement_id, year, granted, settled, paid) values (?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(settlementId, year, years.granted().get(year), settled, years.paid().get(year)).update());
    }

    /** The settled amounts per year after an upheld objection. */
    void settle(long settlementId, Map<Integer, BigDecimal> settledPerYear) {
        settledPerYear.forEach((year, settled) -> jdbc.sql("update settlement_year set settled = ? where settlement_id = ? and year = ?")
                .params(settled, settlementId, year).update());
    }
}
