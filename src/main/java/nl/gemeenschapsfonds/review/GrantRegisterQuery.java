package nl.gemeenschapsfonds.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The review module's public read model of what a sent grant decision says, for the public grant register and
 * its open data. Only grants (whole or partly) are answered, never refusals. The register does not read the
 * decision's tables itself: this is the one door to them (issue 16; module ownership, issue 19).
 */
@Component
public class GrantRegisterQuery {

    private static final String SELECT = """
            select d.id as decision_id, d.kind, d.decision_date, a.id as application_id, a.reference, a.title, a.description,
                   a.facility_type, a.facility_municipality_code, a.amount_requested, a.start_date, a.end_date,
                   c.id as call_id, c.title_nl, c.title_en, au.id as authority_id, au.code as authority_code,
                   au.name as authority_name, o.id as organisation_id, o.legal_name, o.kvk_number, o.legal_form,
                   o.municipality_code
            from decision d join grant_application a on a.id = d.application_id
            join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id join authority au on au.id = f.authority_id
            join organisation o on o.id = a.organisation_id
            where d.kind in ('GRANT', 'GRANT_PARTLY')
            """;

    private final JdbcClient jdbc;

    GrantRegisterQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A granted decision with what the register may publish; the organisation's legal form decides whether it is. */
    public record DecidedGrant(long decisionId, boolean partly, LocalDate decisionDate, long applicationId, String reference,
                               String title, String description, String facilityType, String facilityMunicipalityCode,
                               BigDecimal amountRequested, LocalDate startDate, LocalDate endDate, long callId,
                               String callTitleNl, String callTitleEn, long authorityId, String authorityCode,
                               String authorityName, long organisationId, String organisationName, String kvkNumber,
                               String legalForm, String organisationMunicipalityCode,
                               SortedMap<Integer, BigDecimal> grantedPerYear) {
    }

    /** The grant decided on the application, if it was granted. */
    public Optional<DecidedGrant> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + " and a.id = ?").param(applicationId).query(this::row).optional();
    }

    /** The ids of all granted applications, oldest first: for rebuilding the register. */
    public List<Long> allGrantedApplicationIds() {
        return jdbc.sql("select d.application_id from decision d where d.kind in ('GRANT', 'GRANT_PARTLY') order by d.id")
                .query(Long.class).list();
    }

    private DecidedGrant row(ResultSet rs, int row) throws SQLException {
        long decisionId = rs.getLong("decision_id");
        SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
        jdbc.sql("select year, amount from decision_amount where decision_id = ?").param(decisionId)
                .query((r, n) -> amounts.put(r.getInt("year"), r.getBigDecimal("amount"))).list();
        return new DecidedGrant(decisionId, "GRANT_PARTLY".equals(rs.getString("kind")), date(rs.getDate("decision_date")),
                rs.getLong("application_id"), rs.getString("reference"), rs.getString("title"), rs.getString("description"),
                rs.getString("facility_type"), rs.getString("facility_municipality_code"), rs.getBigDecimal("amount_requested"),
                date(rs.getDate("start_date")), date(rs.getDate("end_date")), rs.getLong("call_id"), rs.getString("title_nl"),
                rs.getString("title_en"), rs.getLong("authority_id"), rs.getString("authority_code"),
                rs.getString("authority_name"), rs.getLong("organisation_id"), rs.getString("legal_name"),
                rs.getString("kvk_number"), rs.getString("legal_form"), rs.getString("municipality_code"), amounts);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
