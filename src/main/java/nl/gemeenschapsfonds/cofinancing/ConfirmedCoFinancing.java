package nl.gemeenschapsfonds.cofinancing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * The co-financing module's public read model of the confirmed co-financing of an application (pledges confirmed,
 * received or verified): funder name, year, amount and kind. For the public register's open data; no conditions,
 * letters or contacts.
 */
@Component
public class ConfirmedCoFinancing {

    private final JdbcClient jdbc;

    ConfirmedCoFinancing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ConfirmedPledge(String funderName, int year, BigDecimal amount, PledgeKind kind) {
    }

    public List<ConfirmedPledge> of(long applicationId) {
        return jdbc.sql("""
                        select f.name, p.year, p.amount, p.kind from pledge p join funder f on f.id = p.funder_id
                        where p.application_id = ? and p.status in ('CONFIRMED', 'RECEIVED', 'VERIFIED')
                        order by p.year, p.id""")
                .param(applicationId)
                .query((rs, row) -> new ConfirmedPledge(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
                        PledgeKind.valueOf(rs.getString(4))))
                .list();
    }
}
