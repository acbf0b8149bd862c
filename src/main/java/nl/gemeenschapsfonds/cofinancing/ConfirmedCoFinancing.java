package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.organisation.FunderFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The co-financing module's public read model of the confirmed co-financing of an application (pledges confirmed,
 * received or verified): funder name, year, amount and kind. For the public register's open data; no conditions,
 * letters or contacts.
 */
@Component
public class ConfirmedCoFinancing {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    ConfirmedCoFinancing(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public record ConfirmedPledge(String funderName, int year, BigDecimal amount, PledgeKind kind) {
    }

    public List<ConfirmedPledge> of(long applicationId) {
        record Row(long funderId, int year, BigDecimal amount, PledgeKind kind) {
        }
        List<Row> rows = jdbc.sql("""
                        select p.funder_id, p.year, p.amount, p.kind from pledge p
                        where p.application_id = ? and p.status in ('CONFIRMED', 'RECEIVED', 'VERIFIED')
                        order by p.year, p.id""")
                .param(applicationId)
                .query((rs, row) -> new Row(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), PledgeKind.valueOf(rs.getString(4))))
                .list();
        Map<Long, FunderFacts> funders = organisations.funders(rows.stream().map(Row::funderId).distinct().toList());
        return rows.stream()
                .map(row -> new ConfirmedPledge(funders.get(row.funderId()).name(), row.year(), row.amount(), row.kind()))
                .toList();
    }
}
