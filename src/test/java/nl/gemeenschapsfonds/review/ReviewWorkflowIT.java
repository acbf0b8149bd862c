package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.KindOfWork;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake, assessment and decision through the real services, each test in an authority of its own. */
@IntegrationTest
class ReviewWorkflowIT {

    @Autowired SubmissionService submissions;
    @Autowired IntakeService intake;
    @Autowired AssessmentService assessments;
    @Autowired DecisionService decisions;
    @Autowired ReviewService reviews;
    @Autowired FundService funds;
    @Autowired CallService calls;
    @Autowired BudgetLedger ledger;
    @Autowired TestAuthorities authorities;
    @Autowired nl.gemeenschapsfonds.test.RequiredAttachments requiredAttachments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired javax.sql.DataSource dataSource;

    private Staff staff;
    private String secondDecisionMaker;
    private long call;
    private LocalDate today;

    @BeforeEach
    void callWithCeiling() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Beoordeeltest");
        secondDecisionMaker = "second-" + staff.decisionMaker();
        authorities.createUser(secondDecisionMaker, nl.gemeenschapsfonds.security.Role.DECISION_MAKER, staff.authorityId());
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("1000000"))))));
        call = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, "Regeling", "Call", null, null,
                    EnumSet.of(FacilityType.COMMUNITY_CENTRE), today.minusDays(1), today.plusDays(30), false,
                    AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6,
                    new TreeMap<>(Map.of(2027, new BigDecimal("60000"))),
                    List.of(new Criterion("Bereik", "Reach", new BigDecimal("60"), 10),
                            new Criterion("Samenwerking", "Partnership", new BigDecimal("40"), 5))));
            calls.publish(id);
            return id;
        });
    }

    private long submitted(String grant) throws Exception {
        String applicant = authorities.newApplicant("Vereniging Beoordeeld");
        return authorities.as(applicant, () -> {
            long id = submissions.startDraft(call);
            BigDecimal amount = new BigDecimal(grant);
            submissions.saveDraft(new ApplicationDraft(id, submissions.draft(id).version(), call, FacilityType.COMMUNITY_CENTRE,
                    "Buurthuis", "Straat 1", "8011 AB", "Zwolle", "GM0193", KindOfWork.KEEP_OPEN, "Project <i>cursief</i>",
                    "Omschrijving", "Ouderen", 50, "Koffie", null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    List.of(new CostLine(CostCategory.OPERATING, 2027, "Exploitatie", amount.multiply(BigDecimal.TWO))),
                    List.of(FinancingLine.of(FundingSource.GRANT, 2027, "Fonds", amount),
                            FinancingLine.of(FundingSource.OWN_FUNDS, 2027, "Eigen", amount)), false));
            requiredAttachments.addTo(id);
            submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"));
            return id;
        });
    }

    private long awaitingDecision(String grant) throws Exception {
        long id = submitted(grant);
        authorities.as(staff.reviewer(), () -> {
            intake.completeIntake(id);
            long assessment = assessments.start(id, true);
            AssessmentForm form = assessments.mine(id).orElseThrow();
            assessments.save(new AssessmentForm(id, assessment, form.version(), List.of(
                    new AssessmentForm.CriterionScore("Bereik", "Reach", new BigDecimal("60"), 10, 8, "goed"),
                    new AssessmentForm.CriterionScore("Samenwerking", "Partnership", new BigDecimal("40"), 5, 5, null)),
                    Recommendation.GRANT, new TreeMap<>(Map.of(2027, new BigDecimal(grant))), "Goed plan", null, false), true);
        });
        return id;
    }

    private DecisionForm grant(long id, String amount) {
        return new DecisionForm(id, Recommendation.GRANT, new TreeMap<>(Map.of(2027, new BigDecimal(amount))),
                "Open op vijf dagen <script>x</script>", "Jaarverslag", today.plusYears(2),
                List.of(new DecisionForm.Advance(today.plusMonths(1), 2027, new BigDecimal(amount).multiply(new BigDecimal("0.5")))),
                null, "Voldoet aan de regeling");
    }

    @Test
    void the_weighted_score_counts_each_criterion_as_a_share_of_its_maximum_times_its_weight() throws Exception {
        long id = awaitingDecision("20000");
        AssessmentService.AssessmentSummary summary = authorities.as(staff.reviewer(), () -> assessments.all(id)).getFirst();
        // 8/10 × 60 + 5/5 × 40 = 88
        assertThat(summary.weightedScore()).isEqualByComparingTo("88.00");
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(id).query(String.class).single())
                .isEqualTo("AWAITING_DECISION");
    }

    @Test
    void a_decision_maker_who_assessed_cannot_decide_four_eyes() throws Exception {
        long id = submitted("20000");
        String assessingDecisionMaker = "assessor-" + staff.decisionMaker();
        authorities.createUser(assessingDecisionMaker, nl.gemeenschapsfonds.security.Role.REVIEWER, staff.authorityId());
        authorities.as(assessingDecisionMaker, () -> {
            intake.completeIntake(id);
            assessments.start(id, true);
        });
        // The same person also holds a decision maker's account name: the check is on the person (e-mail)
        jdbc.sql("update app_user set role = 'DECISION_MAKER' where email = ?").param(assessingDecisionMaker).update();
        jdbc.sql("update grant_application set status = 'AWAITING_DECISION' where id = ?").param(id).update();
        assertThatThrownBy(() -> authorities.as(assessingDecisionMaker, () -> decisions.decide(grant(id, "20000"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("decision.fourEyes"));
        assertThat(jdbc.sql("select count(*) from decision where application_id = ?").param(id).query(Long.class).single()).isZero();
    }

    /**
     * The service checks four eyes first and only then writes; an assessment by the decider that another writer
     * commits in between (here: raw SQL while the decision waits for the call's budget row) passes the Java check,
     * and the database trigger (V37) refuses the decision the service then inserts.
     */
    @Test
    void an_assessment_by_the_decider_committed_after_the_services_own_check_makes_the_database_refuse_the_decision() throws Exception {
        long id = awaitingDecision("20000");
        String decider = staff.decisionMaker();
        java.util.concurrent.CompletableFuture<Throwable> deciding;
        try (java.sql.Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select 1 from call_year_budget where call_id = ? and year = 2027 for update")) {
                lock.setLong(1, call);
                lock.executeQuery().close();
            }
            deciding = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    authorities.as(decider, () -> decisions.decide(grant(id, "20000")));
                    return null;
                } catch (Throwable refused) {
                    return refused;
                }
            });
            // the decision has passed its own four-eyes check and waits at the ledger for the budget row
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single() == 0) {
                assertThat(deciding).as("the decision should wait for the budget row").isNotDone();
                assertThat(System.nanoTime()).as("waited for the decision to block").isLessThan(deadline);
                Thread.sleep(20);
            }
            try (var assess = other.prepareStatement("insert into assessment (application_id, reviewer, no_conflict_declared) values (?, ?, true)")) {
                assess.setLong(1, id);
                assess.setString(2, decider);
                assess.executeUpdate();
            }
            other.commit();
        }

        Throwable refused = deciding.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(refused).as("refused by the database, not by the service's own check").isNotNull()
                .isInstanceOf(org.springframework.dao.DataAccessException.class)
                .rootCause().hasMessageContaining("four eyes").hasMessageContaining(decider);
        assertThat(jdbc.sql("select count(*) from decision where application_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(id).query(String.class).single())
                .isEqualTo("AWAITING_DECISION");
        assertThat(authorities.as(staff.admin(), () -> ledger.balance(call, 2027)).orElseThrow().committed())
                .as("the ledger commitment rolled back with it").isEqualByComparingTo("0");
    }

    @Test
    void a_reviewer_who_declares_a_conflict_of_interest_cannot_assess() throws Exception {
        long id = submitted("20000");
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> assessments.start(id, false)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(authorities.as(staff.reviewer(), () -> assessments.mine(id))).isEmpty();
    }

    @Test
    void a_grant_commits_the_ledger_stores_the_letter_and_sets_the_objection_deadline() throws Exception {
        long id = awaitingDecision("25000");
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(id, "25000")));
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(id).query(String.class).single()).isEqualTo("GRANTED");
        assertThat(authorities.as(staff.admin(), () -> ledger.balance(call, 2027)).orElseThrow().committed()).isEqualByComparingTo("25000");
        assertThat(jdbc.sql("select objection_deadline from decision where application_id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(today.plusWeeks(6));
        byte[] letter = authorities.as(staff.reviewer(), () -> decisions.letter(id)).orElseThrow();
        String text = new PDFTextStripper().getText(Loader.loadPDF(letter));
        assertThat(text).contains("Beschikking: subsidie verleend", "Gemeente Beoordeeltest", "€ 25.000,00",
                "Open op vijf dagen <script>x</script>", "Voldoet aan de regeling", "bezwaar maken tot en met "
                        + Formats.date(today.plusWeeks(6), Locale.of("nl")), "Project <i>cursief</i>");
    }

    @Test
    void when_the_ceiling_does_not_allow_the_grant_nothing_changes() throws Exception {
        long first = awaitingDecision("50000");
        long second = awaitingDecision("20000");
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(first, "50000")));
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(second, "20000"))))
                .isInstanceOfSatisfying(BudgetRefusedException.class,
                        refused -> assertThat(refused.refusal().figure()).isEqualByComparingTo("10000"));
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(second).query(String.class).single())
                .isEqualTo("AWAITING_DECISION");
        assertThat(jdbc.sql("select count(*) from decision where application_id = ?").param(second).query(Long.class).single()).isZero();
        assertThat(authorities.as(staff.admin(), () -> ledger.balance(call, 2027)).orElseThrow().committed()).isEqualByComparingTo("50000");
        // refusing on the ground that the ceiling is reached is possible
        authorities.as(secondDecisionMaker, () -> decisions.decide(new DecisionForm(second, Recommendation.REFUSE, null, null, null,
                null, List.of(), RefusalGround.CEILING_REACHED, "Het plafond is bereikt")));
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(second).query(String.class).single())
                .isEqualTo("REFUSED");
    }

    @Test
    void a_supplement_request_stops_the_clock_until_the_applicant_answers() throws Exception {
        long id = submitted("20000");
        LocalDate due = jdbc.sql("select decision_due from grant_application where id = ?").param(id).query(LocalDate.class).single();
        LocalDate repairDue = authorities.as(staff.reviewer(), () -> intake.requestSupplement(id, "Stuur de begroting", 14));
        assertThat(repairDue).isEqualTo(today.plusDays(14));
        // the request was made 3 days ago and answered today: 3 days are added
        jdbc.sql("update supplement_request set requested_on = ? where application_id = ?").params(today.minusDays(3), id).update();
        String applicant = jdbc.sql("select submitted_by from grant_application where id = ?").param(id).query(String.class).single();
        assertThat(authorities.as(applicant, () -> intake.myOpenRequest(id))).hasValueSatisfying(request -> {
            assertThat(request.text()).isEqualTo("Stuur de begroting");
            assertThat(request.dueOn()).isEqualTo(today.plusDays(14));
        });
        assertThat(authorities.as(authorities.newApplicant("Nieuwsgierig"), () -> intake.myOpenRequest(id))).isEmpty();
        authorities.as(applicant, () -> submissions.submitSupplement(id, submissions.draft(id).version()));
        assertThat(authorities.as(applicant, () -> intake.myOpenRequest(id))).isEmpty();
        var row = jdbc.sql("select status, decision_due from grant_application where id = ?").param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(((java.sql.Date) row.get("decision_due")).toLocalDate()).isEqualTo(due.plusDays(3));
    }

    @Test
    void without_a_supplement_the_application_is_not_considered_only_after_the_repair_period() throws Exception {
        long id = submitted("20000");
        authorities.as(staff.reviewer(), () -> intake.requestSupplement(id, "Stuur de statuten", 7));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> intake.notConsider(id)))
                .isInstanceOf(InvalidInputException.class);
        jdbc.sql("update supplement_request set requested_on = ?, due_on = ? where application_id = ?")
                .params(today.minusDays(8), today.minusDays(1), id).update();
        authorities.as(staff.reviewer(), () -> intake.notConsider(id));
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(id).query(String.class).single())
                .isEqualTo(ApplicationStatus.NOT_CONSIDERED.name());
    }

    @Test
    void another_authority_sees_nothing_of_the_application() throws Exception {
        long id = submitted("20000");
        Staff other = authorities.newAuthority("Gemeente Elders");
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> reviews.reviewCase(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> { intake.completeIntake(id); return null; }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> reviews.notes(id))).isInstanceOf(NotFoundException.class);
    }
}
