package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.review.SettledGrants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The report module's answer to the objection workflow (review's {@link SettledGrants}, ADR 0029): a decided settlement
 * with its date, its own objection term and its amounts per year. A settlement made at once with the grant decision is
 * part of that decision and is objected to with it. No {@code @PreAuthorize}: the objection service checked the scope.
 */
@Component
class SettlementObjections implements SettledGrants {

    private final JdbcClient jdbc;
    private final SettlementYears years;

    SettlementObjections(JdbcClient jdbc, SettlementYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    @Override
    public Optional<Settled> settled(long applicationId) {
        return row(applicationId).flatMap(row -> {
            SettlementYears.Years perYear = years(row);
            // settled over several years before its years were kept (V64): no amounts to correct year by year
            return perYear.isEmpty() ? Optional.empty() : Optional.of(new Settled(row.id(), row.decisionDate(),
                    row.objectionDeadline(), perYear.granted(), perYear.settled()));
        });
    }

    /** A decided settlement's row. */
    record Row(long id, long applicationId, LocalDate decisionDate, LocalDate objectionDeadline, BigDecimal settled,
               BigDecimal paidBefore) {
    }

    Optional<Row> row(long applicationId) {
        return jdbc.sql("""
                        select id, decision_date, objection_deadline, settled, paid_before from settlement
                        where application_id = ? and status = 'SETTLED' and kind <> 'AT_ONCE' and objection_deadline is not null""")
                .param(applicationId)
                .query((rs, n) -> new Row(rs.getLong("id"), applicationId, rs.getDate("decision_date").toLocalDate(),
                        rs.getDate("objection_deadline").toLocalDate(), rs.getBigDecimal("settled"), rs.getBigDecimal("paid_before")))
                .optional();
    }

    /** The settlement's years as kept, or, decided before they were kept, as far as the settlement tells them. */
    SettlementYears.Years years(Row row) {
        SettlementYears.Years kept = years.of(row.id());
        return kept.isEmpty() ? years.legacy(row.applicationId(), row.settled(), row.paidBefore()) : kept;
    }
}
