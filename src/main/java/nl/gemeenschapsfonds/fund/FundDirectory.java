package nl.gemeenschapsfonds.fund;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Funds}: the only reader of the {@code grant_call}, {@code fund} and {@code authority} tables for other modules. */
@Service
class FundDirectory implements Funds {

    private static final String CALL = """
            select c.id, c.fund_id, f.name as fund_name, au.id as authority_id, au.code as authority_code,
                   au.name as authority_name, c.title_nl, c.title_en, c.status, c.open_date, c.close_date,
                   c.decision_weeks, c.objection_weeks, c.final_report_weeks, c.accountant_statement_above,
                   c.settle_at_once_up_to
            from grant_call c join fund f on f.id = c.fund_id join authority au on au.id = f.authority_id""";

    private final JdbcClient jdbc;

    FundDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CallFacts> call(long callId) {
        return jdbc.sql(CALL + " where c.id = ?").param(callId).query(FundDirectory::call).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CallFacts> calls(Collection<Long> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(CALL + " where c.id in (:ids)").param("ids", List.copyOf(callIds)).query(FundDirectory::call)
                .list().stream().collect(Collectors.toMap(CallFacts::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallFacts> callsOfAuthority(long authorityId) {
        return jdbc.sql(CALL + " where f.authority_id = ? order by c.open_date desc, c.id desc")
                .param(authorityId).query(FundDirectory::call).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuthorityFacts> authority(long authorityId) {
        return jdbc.sql("select id, code, name from authority where id = ?").param(authorityId)
                .query((rs, row) -> new AuthorityFacts(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuthorityFacts> authorityByCode(String code) {
        return code == null ? Optional.empty() : jdbc.sql("select id, code, name from authority where code = ?").param(code)
                .query((rs, row) -> new AuthorityFacts(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .optional();
    }

    private static CallFacts call(ResultSet rs, int row) throws SQLException {
        return new CallFacts(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("fund_name"),
                new AuthorityFacts(rs.getLong("authority_id"), rs.getString("authority_code"), rs.getString("authority_name")),
                rs.getString("title_nl"), rs.getString("title_en"), CallStatus.valueOf(rs.getString("status")),
                date(rs.getDate("open_date")), date(rs.getDate("close_date")), rs.getInt("decision_weeks"),
                rs.getInt("objection_weeks"), rs.getInt("final_report_weeks"), rs.getBigDecimal("accountant_statement_above"),
                rs.getBigDecimal("settle_at_once_up_to"));
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
