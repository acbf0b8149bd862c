package nl.gemeenschapsfonds.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The report module's public read model of settled grants: what the settlement fixed, for the public register. */
@Component
public class SettledGrants {

    private final JdbcClient jdbc;

    SettledGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settlement of the application once it is SETTLED (a proposal is not a settlement). */
    public Optional<GrantSettled> of(long applicationId) {
        return jdbc.sql("select application_id, settled, decision_date from settlement where application_id = ? and status = 'SETTLED'")
                .param(applicationId)
                .query((rs, row) -> new GrantSettled(rs.getLong(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate()))
                .optional();
    }
}
