package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationProjectFacts;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
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

    private final JdbcClient jdbc;
    private final ApplicationSummaries applications;
    private final Funds funds;
    private final Organisations organisations;

    GrantRegisterQuery(JdbcClient jdbc, ApplicationSummaries applications, Funds funds, Organisations organisations) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.funds = funds;
        this.organisations = organisations;
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

    private record Granted(long decisionId, boolean partly, LocalDate decisionDate) {
    }

    /**
     * The grant decided on the application, if it was granted: review's own decision and amounts, then what the
     * application says (submission's {@link ApplicationSummaries#projectFacts}), its call and authority (fund's
     * {@link Funds#call}) and its organisation ({@link Organisations#organisation}).
     */
    public Optional<DecidedGrant> ofApplication(long applicationId) {
        Optional<Granted> granted = jdbc.sql("""
                        select d.id, d.kind, d.decision_date from decision d
                        where d.kind in ('GRANT', 'GRANT_PARTLY') and d.application_id = ?""")
                .param(applicationId)
                .query((rs, row) -> new Granted(rs.getLong("id"), "GRANT_PARTLY".equals(rs.getString("kind")),
                        date(rs.getDate("decision_date"))))
                .optional();
        if (granted.isEmpty()) {
            return Optional.empty();
        }
        Optional<ApplicationProjectFacts> application = applications.projectFacts(applicationId);
        Optional<CallFacts> call = application.flatMap(a -> funds.call(a.callId()));
        Optional<OrganisationFacts> organisation = application.flatMap(a -> organisations.organisation(a.organisationId()));
        if (call.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
        jdbc.sql("select year, amount from decision_amount where decision_id = ?").param(granted.get().decisionId())
                .query((r, n) -> amounts.put(r.getInt("year"), r.getBigDecimal("amount"))).list();
        return Optional.of(grant(granted.get(), application.get(), call.get(), organisation.get(), amounts));
    }

    /** The ids of all granted applications, oldest first: for rebuilding the register. */
    public List<Long> allGrantedApplicationIds() {
        return jdbc.sql("select d.application_id from decision d where d.kind in ('GRANT', 'GRANT_PARTLY') order by d.id")
                .query(Long.class).list();
    }

    private static DecidedGrant grant(Granted decision, ApplicationProjectFacts application, CallFacts call,
                                      OrganisationFacts organisation, SortedMap<Integer, BigDecimal> amounts) {
        return new DecidedGrant(decision.decisionId(), decision.partly(), decision.decisionDate(), application.id(),
                application.reference(), application.title(), application.description(), application.facilityType(),
                application.facilityMunicipalityCode(), application.amountRequested(), application.startDate(),
                application.endDate(), call.id(), call.titleNl(), call.titleEn(), call.authority().id(),
                call.authority().code(), call.authority().name(), organisation.id(), organisation.legalName(),
                organisation.kvkNumber(), organisation.legalForm() == null ? null : organisation.legalForm().name(),
                organisation.municipalityCode(), amounts);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
