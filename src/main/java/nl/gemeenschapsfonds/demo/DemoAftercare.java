package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReductionReason;
import nl.gemeenschapsfonds.report.ReportForm;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.SettlementForm;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Demo data after the grant, in a call of its own ("Buurtinitiatieven 2027", small grants up to € 5.000 settled at
 * once) so the main demo call's figures stay as they are: a grant whose final report is due (Dorpshuis De Linde), a
 * grant whose report was accepted and that was settled lower, releasing € 2.000 to the 2027 budget (Welsum), and a
 * small grant settled with the decision. Everything after the applications goes through the real services, signed
 * in as the demo users. Runs once, after {@link DemoDataLoader}.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(20)
class DemoAftercare implements ApplicationRunner {

    static final String CALL_TITLE = "Buurtinitiatieven 2027";

    private static final Logger log = LoggerFactory.getLogger(DemoAftercare.class);

    private final DemoDataLoader demo;
    private final JdbcClient jdbc;
    private final CallService calls;
    private final DecisionService decisions;
    private final ReportService reports;
    private final SettlementService settlements;
    private final Clock clock;

    DemoAftercare(DemoDataLoader demo, JdbcClient jdbc, CallService calls, DecisionService decisions, ReportService reports,
                  SettlementService settlements, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.calls = calls;
        this.decisions = decisions;
        this.reports = reports;
        this.settlements = settlements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long fund = jdbc.sql("""
                        select f.id from fund f join authority a on a.id = f.authority_id
                        where a.code = ? and f.name = 'Gemeenschapsfonds Zwolle'""")
                .param(DemoDataLoader.AUTHORITY_CODE).query(Long.class).optional().orElse(null);
        if (fund == null || jdbc.sql("select count(*) from grant_call where fund_id = ? and title_nl = ?").params(fund, CALL_TITLE)
                .query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long call = demo.as("beheerder", () -> {
            long id = calls.save(new CallData(null, 0, fund, null, CALL_TITLE, "Neighbourhood initiatives 2027",
                    "Kleine en middelgrote initiatieven voor ontmoeting; tot € 5.000 direct vastgesteld.",
                    "Small and medium initiatives for meeting; up to € 5,000 settled at once.",
                    EnumSet.allOf(FacilityType.class), today.minusMonths(2), today.plusMonths(4), false,
                    AllocationMethod.FIRST_COME, new BigDecimal("50000.00"), null, null, null, false, 8, 6,
                    new TreeMap<>(Map.of(2027, new BigDecimal("200000.00"))), List.of(),
                    new BigDecimal("5000.00"), 13, new BigDecimal("40000.00")));
            calls.publish(id);
            return id;
        });
        long linde = organisation("Vereniging Dorpshuis De Linde");
        long welsum = organisation("Dorpscoöperatie Welsum U.A.");

        long due = awaitingDecision(linde, call, "aanvrager", "Buurtkamer in het dorpshuis", "Dorpshuis De Linde",
                "COMMUNITY_CENTRE", "8011 AB", "Zwolle", "20000.00");
        long settledLower = awaitingDecision(welsum, call, "aanvrager.welsum", "Eettafel in de dorpswinkel", "Dorpswinkel Welsum",
                "VILLAGE_SHOP", "8196 KA", "Welsum", "12000.00");
        long small = awaitingDecision(linde, call, "aanvrager", "Servies voor de koffieochtend", "Dorpshuis De Linde",
                "COMMUNITY_CENTRE", "8011 AB", "Zwolle", "3500.00");
        for (long id : List.of(due, settledLower, small)) {
            demo.as("budgethouder", () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                    new TreeMap<>(Map.of(2027, grantOf(id))), "Volgens de regeling.", "Eindverslag binnen 13 weken na afloop.",
                    null, List.of(), null, "Draagt bij aan ontmoeting in het dorp.")));
        }

        ObligationItem report = demo.as("aanvrager.welsum", () -> reports.myObligations(settledLower).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow());
        demo.as("aanvrager.welsum", () -> {
            reports.submit(new ReportForm(report.id(), report.version(), "Elke vrijdag een eettafel met soep en een praatje.",
                    45, "Alleenstaande ouderen komen nu wekelijks; twee van hen helpen inmiddels mee in de keuken.",
                    Map.of(0, new BigDecimal("20000.00")), List.of()));
            return null;
        });
        ObligationItem submitted = demo.as("beoordelaar", () -> reports.worklist().stream()
                .filter(o -> o.id() == report.id()).findFirst().orElseThrow());
        long settlement = demo.as("beoordelaar", () -> {
            reports.accept(submitted.id(), submitted.version());
            return settlements.propose(new SettlementForm(settledLower, 0, List.of(new SettlementForm.Reduction(0,
                    new BigDecimal("2000.00"), ReductionReason.NOT_SPENT, "Keukenapparatuur goedkoper ingekocht")),
                    "De verbouwing viel € 4.000 lager uit dan begroot; de helft daarvan was subsidie."));
        });
        demo.as("budgethouder", () -> {
            settlements.decide(settlement, 0);
            return null;
        });
        log.info("Demo aftercare loaded: a report due, a settlement lower than granted, a small grant settled at once");
    }

    private BigDecimal grantOf(long application) {
        return jdbc.sql("select amount from financing_line where application_id = ? and source = 'GRANT'").param(application)
                .query(BigDecimal.class).single();
    }

    private long organisation(String legalName) {
        return jdbc.sql("select id from organisation where legal_name = ?").param(legalName).query(Long.class).single();
    }

    private long awaitingDecision(long organisation, long call, String submitter, String title, String facility, String type,
                                  String postcode, String city, String grant) {
        LocalDate today = LocalDate.now(clock);
        long id = demo.application(organisation, call, title, "AWAITING_DECISION", grant,
                clock.instant().minus(30, ChronoUnit.DAYS), today);
        BigDecimal amount = new BigDecimal(grant);
        demo.content(id, submitter, facility, type, postcode, city, "RENOVATION", "Een plek waar dorpsgenoten elkaar treffen.",
                "Ouderen en alleenstaanden", 40, "Eettafels en koffieochtenden", amount.multiply(BigDecimal.TWO).toPlainString(),
                grant, amount.multiply(new BigDecimal("0.6")).setScale(2).toPlainString(),
                amount.multiply(new BigDecimal("0.4")).setScale(2).toPlainString());
        demo.assessed(id, "beoordelaar", "80.00", "Past goed in de regeling."); // a decision needs a completed assessment
        return id;
    }
}
