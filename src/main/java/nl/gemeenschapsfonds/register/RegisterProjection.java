package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.cofinancing.ConfirmedCoFinancing;
import nl.gemeenschapsfonds.report.GrantSettled;
import nl.gemeenschapsfonds.report.SettledGrants;
import nl.gemeenschapsfonds.review.GrantDecided;
import nl.gemeenschapsfonds.review.GrantRegisterQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Keeps the register's read model: a granted decision adds its row, a settlement updates it, in the transaction
 * of the decision or settlement itself, so the register shows committed (sent) decisions only and never one that
 * rolled back. The facts come from the owning modules' read models ({@link GrantRegisterQuery}, {@link SettledGrants},
 * {@link ConfirmedCoFinancing}); the register never reads their tables. {@link #rebuild()} fills it anew (an
 * existing installation at its first start with this module, or data loaded behind the services' back).
 */
@Component
public class RegisterProjection implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegisterProjection.class);

    private final GrantRegisterQuery decisions;
    private final SettledGrants settlements;
    private final ConfirmedCoFinancing coFinancing;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean fillOnStart;

    RegisterProjection(GrantRegisterQuery decisions, SettledGrants settlements, ConfirmedCoFinancing coFinancing,
                       JdbcClient jdbc, Clock clock, @Value("${app.register.fill-on-start:true}") boolean fillOnStart) {
        this.decisions = decisions;
        this.settlements = settlements;
        this.coFinancing = coFinancing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.fillOnStart = fillOnStart;
    }

    @EventListener
    void onGrantDecided(GrantDecided decided) {
        refresh(decided.applicationId());
    }

    @EventListener
    void onGrantSettled(GrantSettled settled) {
        refresh(settled.applicationId());
    }

    /** The register row of one application as its decision and settlement now say; none for a refusal or a natural person. */
    void refresh(long applicationId) {
        jdbc.sql("delete from register_grant where application_id = ?").param(applicationId).update();
        var found = decisions.ofApplication(applicationId);
        if (found.isEmpty() || !PublicationPolicy.mayName(found.get().legalForm())) {
            return;
        }
        var grant = found.get();
        var settled = settlements.of(applicationId);
        var total = grant.grantedPerYear().values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        jdbc.sql("""
                        insert into register_grant (application_id, decision_id, reference, authority_id, authority_code, authority_name,
                            call_id, call_title_nl, call_title_en, organisation_id, organisation_name, organisation_kvk,
                            organisation_municipality_code, title, description, facility_type, facility_municipality_code, kind,
                            amount_requested, granted_total, settled_amount, settled_on, decision_date, start_date, end_date, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, grant.decisionId(), grant.reference(), grant.authorityId(), grant.authorityCode(),
                        grant.authorityName(), grant.callId(), grant.callTitleNl(), grant.callTitleEn(), grant.organisationId(),
                        grant.organisationName(), grant.kvkNumber(), grant.organisationMunicipalityCode(), grant.title(),
                        grant.description(), grant.facilityType(), grant.facilityMunicipalityCode(),
                        grant.partly() ? "GRANT_PARTLY" : "GRANT", grant.amountRequested(), total,
                        settled.map(GrantSettled::settled).orElse(null),
                        settled.map(s -> Date.valueOf(s.settledOn())).orElse(null), Date.valueOf(grant.decisionDate()),
                        grant.startDate() == null ? null : Date.valueOf(grant.startDate()),
                        grant.endDate() == null ? null : Date.valueOf(grant.endDate()), Timestamp.from(clock.instant()))
                .update();
        grant.grantedPerYear().forEach((year, amount) -> jdbc.sql(
                        "insert into register_grant_year (application_id, year, amount) values (?, ?, ?)")
                .params(applicationId, year, amount).update());
        List<ConfirmedCoFinancing.ConfirmedPledge> pledges = coFinancing.of(applicationId);
        for (int i = 0; i < pledges.size(); i++) {
            var pledge = pledges.get(i);
            jdbc.sql("insert into register_grant_cofinancing (application_id, position, funder_name, year, amount, kind) values (?, ?, ?, ?, ?, ?)")
                    .params(applicationId, i, pledge.funderName(), pledge.year(), pledge.amount(), pledge.kind().name()).update();
        }
    }

    /** Fills the register anew from the decisions and settlements; answers the number of granted applications read. */
    @Transactional
    public int rebuild() {
        List<Long> ids = decisions.allGrantedApplicationIds();
        ids.forEach(this::refresh);
        return ids.size();
    }

    /**
     * An installation that had grants before the register existed gets them at its first start. It reads every grant
     * one by one before the application is ready: at 200,000 grants (the benchmark's 1,000,000 applications, loaded
     * behind the services' back) that takes over 20 minutes on two busy cores, so {@code app.register.fill-on-start=false}
     * leaves it out (the benchmark measuring again on data it generated before; docs/performance.md).
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!fillOnStart) {
            log.info("The public grant register is not filled at start (app.register.fill-on-start=false)");
            return;
        }
        boolean empty = jdbc.sql("select not exists (select 1 from register_grant)").query(Boolean.class).single();
        if (empty) {
            int read = rebuild();
            if (read > 0) {
                log.info("Public grant register filled from {} granted decisions", read);
            }
        }
    }
}
