package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.audit.AuditEntry;
import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A grant on the condition that the missing co-financing is confirmed by a date: only when the call's rules
 * are not met on the confirmed pledges, with a date in the future; stored, stated in the letter, seen by the
 * applicant and the project's funders; fulfilled (and audited) when a confirmed pledge meets the rules; shown
 * as "not met" to the reviewer once the date passed; payments wait for it.
 */
@IntegrationTest
class ConditionalGrantIT {

    @Autowired
    DecisionService decisions;

    @Autowired
    PledgeService pledges;

    @Autowired
    WorkQueueService workQueue;

    @Autowired
    nl.gemeenschapsfonds.review.IntakeService intake;

    @Autowired
    PaymentService payments;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Staff staff;
    private String applicant;
    private String funder;
    private long applicationId;
    private LocalDate today;

    @BeforeEach
    void awaitingDecisionWithoutConfirmedCoFinancing() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Voorwaarde");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        jdbc.sql("update grant_call set min_private_share = 0.2000 where id = ?").param(call).update();
        applicant = authorities.newApplicant("Vereniging Voorwaarde");
        // costs 80.000: the plan counts on 16.000 (20%) from private funders, nothing is confirmed yet
        applicationId = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(applicationId));
        applications.assess(staff, applicationId, 8);
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id")
                .param("Bouwer " + key).query(Long.class).single();
        funder = "bouwer-" + key + "@test.example";
        accounts.create(funder, "Bouwer", "a-long-enough-password", Role.FUNDER, null, null, funderId);
    }

    private DecisionForm grant(LocalDate dueBy) {
        return new DecisionForm(applicationId, Recommendation.GRANT, new TreeMap<>(Map.of(2027, amount("40000"))), null, null,
                null, List.of(new DecisionForm.Advance(today.plusWeeks(1), 2027, amount("20000"))), null,
                "Goed plan; de cofinanciering moet nog rond komen.", dueBy);
    }

    @Test
    void the_condition_needs_a_grant_a_future_date_and_rules_not_met() throws Exception {
        assertThat(authorities.as(staff.decisionMaker(), () -> pledges.matching(applicationId)).allMet()).isFalse();
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(today))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("coFinancingDueBy", "decision.conditionDateFuture")));
        // a refusal carries no condition
        DecisionForm refusal = new DecisionForm(applicationId, Recommendation.REFUSE, new TreeMap<>(), null, null, null, List.of(),
                nl.gemeenschapsfonds.review.RefusalGround.INSUFFICIENT_IMPACT, "Te weinig bereik.", today.plusMonths(1));
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> decisions.decide(refusal)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("coFinancingDueBy", "decision.conditionOnlyForGrant")));
        // once the confirmed pledges meet the rules, there is nothing to make a condition of
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount("16000"),
                PledgeKind.CASH, null, null)));
        long version = authorities.as(funder, () -> pledges.myPledges()).stream().filter(p -> p.id() == pledge)
                .findFirst().orElseThrow().version();
        authorities.as(funder, () -> pledges.confirm(pledge, version, null));
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(today.plusMonths(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("coFinancingDueBy", "decision.conditionNotNeeded")));
        assertThat(jdbc.sql("select count(*) from decision where application_id = ?").param(applicationId).query(Long.class).single())
                .as("nothing stored").isZero();
        assertThat(jdbc.sql("select count(*) from cofinancing_condition where application_id = ?").param(applicationId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_conditional_grant_is_not_settled_at_once_even_when_the_call_settles_grants_of_its_size_so() throws Exception {
        jdbc.sql("update grant_call set settle_at_once_up_to = 50000 where id = (select call_id from grant_application where id = ?)")
                .param(applicationId).update();
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(today.plusMonths(2))));

        assertThat(jdbc.sql("select status from grant_application where id = ?").param(applicationId).query(String.class).single())
                .isEqualTo("GRANTED");
        assertThat(jdbc.sql("select count(*) from settlement where application_id = ?").param(applicationId).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from report_obligation where application_id = ?").param(applicationId)
                .query(Long.class).single()).as("reports are owed as usual").isPositive();
        byte[] letter = authorities.as(staff.reviewer(), () -> decisions.letter(applicationId)).orElseThrow();
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(letter)).replaceAll("\\s+", " ")).doesNotContain("direct vast");
    }

    @Test
    void a_conditional_grant_is_stored_stated_in_the_letter_seen_by_all_and_fulfilled_when_the_pledge_is_confirmed()
            throws Exception {
        LocalDate due = today.plusMonths(2);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(due)));

        byte[] letter = authorities.as(staff.reviewer(), () -> decisions.letter(applicationId)).orElseThrow();
        String text = new PDFTextStripper().getText(Loader.loadPDF(letter)).replaceAll("\\s+", " ");
        assertThat(text).contains("Voorwaarde: cofinanciering")
                .contains("uiterlijk op " + Formats.date(due, Locale.of("nl")) + " schriftelijk door de financiers is bevestigd");

        CoFinancingCondition seenByApplicant = authorities.as(applicant, () -> pledges.condition(applicationId)).orElseThrow();
        assertThat(seenByApplicant.dueOn()).isEqualTo(due);
        assertThat(seenByApplicant.open()).isTrue();
        assertThat(seenByApplicant.notMet()).isFalse();

        // a funder finds the granted project, pledges and sees the condition on its page
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount("16000"),
                PledgeKind.CASH, null, null)));
        assertThat(authorities.as(funder, () -> pledges.project(applicationId)).condition().dueOn()).isEqualTo(due);

        // payments of the grant cannot be approved while the condition is open
        long payment = jdbc.sql("select id from payment_instruction where application_id = ?").param(applicationId)
                .query(Long.class).single();
        assertThatThrownBy(() -> authorities.as(staff.finance(), () -> payments.approve(List.of(payment))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("payments.coFinancingConditionOpen"));

        long version = authorities.as(funder, () -> pledges.myPledges()).stream().filter(p -> p.id() == pledge)
                .findFirst().orElseThrow().version();
        authorities.as(funder, () -> pledges.confirm(pledge, version, null));

        CoFinancingCondition fulfilled = authorities.as(staff.reviewer(), () -> pledges.condition(applicationId)).orElseThrow();
        assertThat(fulfilled.fulfilled()).isTrue();
        List<AuditEntry> history = authorities.as(staff.reviewer(), () -> audit.history("Application", applicationId));
        assertThat(history).extracting(AuditEntry::getAction)
                .contains("COFINANCING_CONDITION_IMPOSED", "COFINANCING_CONDITION_FULFILLED");
        assertThat(history).filteredOn(e -> e.getAction().equals("COFINANCING_CONDITION_FULFILLED"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(funder));
        authorities.as(staff.finance(), () -> payments.approve(List.of(payment)));
        assertThat(authorities.as(staff.finance(), () -> payments.payments(nl.gemeenschapsfonds.payment.PaymentFilter.all())))
                .as("fulfilled: the advance can now be approved").filteredOn(p -> p.id() == payment).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(nl.gemeenschapsfonds.payment.PaymentStatus.APPROVED));
    }

    @Test
    void a_condition_past_its_date_shows_as_not_met_in_the_work_queue_and_nothing_else_happens() throws Exception {
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(today.plusDays(10))));
        // time passes: the date is behind us (moved in the database, as the clock cannot be)
        jdbc.sql("""
                update cofinancing_condition set imposed_at = imposed_at - interval '60 days', due_on = ?
                where application_id = ?""").params(java.sql.Date.valueOf(today.minusDays(1)), applicationId).update();

        List<WorkQueueItem> queue = authorities.as(staff.reviewer(), () -> workQueue.page(WorkQueueFilter.none(),
                PageRequest.of(0, 50)).getContent());
        assertThat(queue).filteredOn(item -> item.id() == applicationId).singleElement()
                .satisfies(item -> assertThat(item.coFinancingConditionNotMet()).isTrue());
        CoFinancingCondition condition = authorities.as(staff.reviewer(), () -> pledges.condition(applicationId)).orElseThrow();
        assertThat(condition.notMet()).isTrue();
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(applicationId).query(String.class).single())
                .as("no automatic revocation").isEqualTo("GRANTED");
    }

    @Test
    void two_funders_confirming_at_the_same_moment_are_counted_together() throws Exception {
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(today.plusMonths(1))));
        String second = "tweede-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        long secondId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id")
                .param("Tweede " + second).query(Long.class).single();
        accounts.create(second, "Tweede", "a-long-enough-password", Role.FUNDER, null, null, secondId);
        // each brings 8.000: alone not enough for 20%, together exactly
        long one = authorities.as(funder, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount("8000"), PledgeKind.CASH, null, null)));
        long two = authorities.as(second, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount("8000"), PledgeKind.CASH, null, null)));
        long v1 = authorities.as(funder, () -> pledges.myPledges()).stream().filter(p -> p.id() == one).findFirst().orElseThrow().version();
        long v2 = authorities.as(second, () -> pledges.myPledges()).stream().filter(p -> p.id() == two).findFirst().orElseThrow().version();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> authorities.as(funder, () -> {
                start.await();
                pledges.confirm(one, v1, null);
                return null;
            }));
            var other = pool.submit(() -> authorities.as(second, () -> {
                start.await();
                pledges.confirm(two, v2, null);
                return null;
            }));
            first.get();
            other.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(authorities.as(staff.reviewer(), () -> pledges.condition(applicationId)).orElseThrow().fulfilled()).isTrue();
    }

    @Test
    void another_authority_and_another_applicant_do_not_see_the_condition() throws Exception {
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(today.plusMonths(1))));
        Staff other = authorities.newAuthority("Gemeente Anders");
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> pledges.condition(applicationId)))
                .isInstanceOf(nl.gemeenschapsfonds.base.NotFoundException.class);
        String stranger = authorities.newApplicant("Vereniging Vreemd");
        assertThatThrownBy(() -> authorities.as(stranger, () -> pledges.condition(applicationId)))
                .isInstanceOf(nl.gemeenschapsfonds.base.NotFoundException.class);
    }
}
