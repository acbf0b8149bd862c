package nl.gemeenschapsfonds.records;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.audit.AuditEntry;
import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.fund.BudgetOverview;
import nl.gemeenschapsfonds.fund.BudgetOverviewService;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.report.Grants;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.review.ReviewService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention per outcome, legal hold and destruction with four eyes (issue 17 items 1 and 2, ADR 0024), through the
 * real services and the real database: after approval no personal data of the application is left in any table.
 */
@IntegrationTest
class DestructionIT {

    /** The account of the person lives on after one application is destroyed; erasing it is issue 17 item 4. */
    private static final Set<String> ACCOUNT_TABLES = Set.of("app_user", "login_failure", "account_token", "recovery_code",
            "oidc_link", "request_throttle", "email_token", "flyway_schema_history");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired RetentionService retention;
    @Autowired DestructionService destruction;
    @Autowired RetentionAdoption adoption;
    @Autowired DestructionJob job;
    @Autowired ReviewService reviews;
    @Autowired SubmissionService submissions;
    @Autowired BudgetOverviewService overviews;
    @Autowired Decisions decisions;
    @Autowired Funds funds;
    @Autowired AuditTrail audit;
    @Autowired Translations translations;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private LocalDate today;
    private Staff staff;
    private String secondAdmin;
    private String applicant;
    private String applicantName;

    @BeforeEach
    void anAuthorityWithTwoAdministratorsAndAnApplicant() {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Archief");
        secondAdmin = "admin2-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        authorities.createUser(secondAdmin, Role.ADMIN, staff.authorityId());
        applicant = authorities.newApplicant("Vereniging Archief");
        applicantName = jdbc.sql("select display_name from app_user where email = ?").param(applicant).query(String.class).single();
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void after_approval_no_personal_data_of_the_applications_remains_and_the_ledger_and_budget_overview_are_unchanged()
            throws Exception {
        long call = grants.openCall(staff, amount("5000"), null, null);
        long fund = funds.call(call).orElseThrow().fundId();
        long refused = applications.refused(staff, applicant, call, Map.of(2027, amount("3000")));
        long settled = applications.granted(staff, applicant, call, Map.of(2027, amount("4500"))); // settled at once
        authorities.as(staff.reviewer(), () -> reviews.addNote(refused, "Gebeld met " + applicantName + " (" + applicant + ")"));
        assertThat(personalDataHits()).as("the search finds the applicant before destruction").isNotEmpty();
        String refusedReference = reference(refused);
        String settledReference = reference(settled);
        BudgetOverview overviewBefore = authorities.as(staff.admin(), () -> overviews.overview(fund));
        List<String> ledgerBefore = ledger(call);

        clock.travelTo(today.plusYears(10).plusDays(1));
        assertThat(job.proposeDueLists()).isGreaterThanOrEqualTo(1);
        DestructionList proposed = authorities.as(staff.admin(), () -> destruction.lists()).getFirst();
        assertThat(proposed.status()).isEqualTo(DestructionStatus.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo("system");
        assertThat(proposed.items()).extracting(DestructionList.Item::reference).containsExactlyInAnyOrder(refusedReference, settledReference);
        authorities.as(staff.admin(), () -> destruction.confirm(proposed.id()));
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> destruction.approve(proposed.id())))
                .isInstanceOf(FourEyesRefusedException.class);
        assertThat(authorities.as(secondAdmin, () -> destruction.approve(proposed.id()))).isEqualTo(2);

        assertThat(personalDataHits()).as("text columns that still name the applicant").isEmpty();
        assertThat(jdbc.sql("select count(*) from attachment where application_id in (?, ?)").params(refused, settled)
                .query(Long.class).single()).isZero();
        assertThat(authorities.as(staff.admin(), () -> overviews.overview(fund))).isEqualTo(overviewBefore);
        assertThat(ledger(call)).isEqualTo(ledgerBefore);
        // kept: reference, outcome, amounts, dates
        assertThat(reference(refused)).isEqualTo(refusedReference);
        assertThat(jdbc.sql("select status from grant_application where id = ?").param(settled).query(String.class).single())
                .isEqualTo("SETTLED");
        assertThat(decisions.ofApplication(settled).orElseThrow().grantedPerYear()).containsEntry(2027, new BigDecimal("4500.00"));
        assertThat(decisions.ofApplication(refused).orElseThrow().decisionDate()).isEqualTo(today);
        assertThat(authorities.as(staff.reviewer(), () -> retention.retentionOf(refused)).orElseThrow().destroyedAt()).isNotNull();

        // the destruction's own audit entry: who proposed, confirmed and approved which list, no personal data
        List<AuditEntry> history = authorities.as(staff.admin(), () -> audit.history("DestructionList", proposed.id()));
        assertThat(history).extracting(AuditEntry::getAction).contains("DESTRUCTION_LIST_PROPOSED", "DESTRUCTION_LIST_CONFIRMED",
                "RECORDS_DESTROYED");
        AuditEntry destroyed = history.stream().filter(e -> e.getAction().equals("RECORDS_DESTROYED")).findFirst().orElseThrow();
        assertThat(destroyed.getActor()).isEqualTo(secondAdmin);
        assertThat(destroyed.getAfterState()).contains("proposed by system", "confirmed by " + staff.admin(),
                "approved by " + secondAdmin, refusedReference).doesNotContain(applicant, applicantName);

        // the list for the archive, as CSV and PDF
        DestructionList approved = authorities.as(staff.admin(), () -> destruction.list(proposed.id()));
        DestructionListExport export = new DestructionListExport(translations, Locale.of("nl"));
        assertThat(new String(export.csv(approved), StandardCharsets.UTF_8))
                .contains("Kenmerk;Uitkomst;Afgesloten op;Te vernietigen vanaf", refusedReference + ";Geweigerd;",
                        settledReference, secondAdmin);
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(export.pdf(approved)));
        assertThat(pdf).contains("Vernietigingslijst " + approved.id(), refusedReference, settledReference, staff.admin(), secondAdmin);
    }

    @Test
    void destruction_needs_two_different_administrators_also_in_the_database() throws Exception {
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        applications.refused(staff, applicant, call, Map.of(2027, amount("3000")));
        clock.travelTo(today.plusYears(5).plusDays(1));
        long list = authorities.as(staff.admin(), () -> destruction.propose());

        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> destruction.approve(list)))
                .isInstanceOf(FourEyesRefusedException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        update destruction_list set status = 'APPROVED', approved_by = upper(confirmed_by), approved_at = now()
                        where id = ?""").param(list).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("destruction_list_four_eyes_ck");
        assertThat(authorities.as(staff.admin(), () -> destruction.list(list)).status()).isEqualTo(DestructionStatus.CONFIRMED);
        assertThat(authorities.as(secondAdmin, () -> destruction.approve(list))).isEqualTo(1);
    }

    @Test
    void a_legal_hold_suspends_destruction_and_lifting_it_is_audited_with_its_reason() throws Exception {
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long held = applications.refused(staff, applicant, call, Map.of(2027, amount("3000")));
        long other = applications.refused(staff, applicant, call, Map.of(2027, amount("2000")));

        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> retention.setHold(held, HoldKind.OBJECTION, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("holdReason"));
        authorities.as(staff.admin(), () -> retention.setHold(held, HoldKind.OBJECTION, "Bezwaar ontvangen op 1 maart"));
        assertThat(authorities.as(staff.reviewer(), () -> retention.retentionOf(held)).orElseThrow().hold().kind())
                .isEqualTo(HoldKind.OBJECTION);

        clock.travelTo(today.plusYears(5).plusDays(1));
        assertThat(authorities.as(staff.admin(), () -> destruction.dueNow())).extracting(DestructionList.Item::applicationId)
                .containsExactly(other);
        long list = authorities.as(staff.admin(), () -> destruction.propose());
        // a hold set after the list was made suspends it too
        authorities.as(staff.admin(), () -> retention.setHold(other, HoldKind.FRAUD_INVESTIGATION, "Melding van de accountant"));
        assertThat(authorities.as(secondAdmin, () -> destruction.approve(list))).isZero();
        assertThat(jdbc.sql("select submitted_by from grant_application where id = ?").param(other).query(String.class).single())
                .isEqualTo(applicant);

        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> retention.liftHold(held, "")))
                .isInstanceOf(InvalidInputException.class);
        authorities.as(staff.admin(), () -> retention.liftHold(held, "Bezwaar ongegrond, termijn beroep verstreken"));
        assertThat(authorities.as(staff.admin(), () -> destruction.dueNow())).extracting(DestructionList.Item::applicationId)
                .containsExactly(held);
        assertThat(authorities.as(staff.admin(), () -> audit.history("Application", held)))
                .filteredOn(e -> e.getAction().startsWith("LEGAL_HOLD"))
                .extracting(AuditEntry::getAction, AuditEntry::getActor, AuditEntry::getReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LEGAL_HOLD_SET", staff.admin(), "Bezwaar ontvangen op 1 maart"),
                        org.assertj.core.groups.Tuple.tuple("LEGAL_HOLD_LIFTED", staff.admin(), "Bezwaar ongegrond, termijn beroep verstreken"));
    }

    @Test
    void the_destruction_date_follows_the_outcome_and_the_fund_terms() throws Exception {
        long call = grants.openCall(staff, amount("5000"), null, null);
        long fund = funds.call(call).orElseThrow().fundId();
        long refused = applications.refused(staff, applicant, call, Map.of(2027, amount("3000")));
        long settled = applications.granted(staff, applicant, call, Map.of(2027, amount("4500")));
        long granted = applications.granted(staff, applicant, call, Map.of(2027, amount("6000")));
        long withdrawn = applications.submitted(applicant, call, Map.of(2027, amount("1000")));
        authorities.as(applicant, () -> submissions.withdraw(withdrawn, "Toch niet nodig"));

        assertThat(facts(refused).outcome()).isEqualTo(RetentionOutcome.REFUSED);
        assertThat(facts(refused).destroyOn()).isEqualTo(today.plusYears(5));
        assertThat(facts(withdrawn).outcome()).isEqualTo(RetentionOutcome.WITHDRAWN);
        assertThat(facts(withdrawn).destroyOn()).isEqualTo(today.plusYears(5));
        assertThat(facts(settled).outcome()).isEqualTo(RetentionOutcome.SETTLED);
        assertThat(facts(settled).destroyOn()).isEqualTo(today.plusYears(10));
        assertThat(facts(granted).outcome()).isEqualTo(RetentionOutcome.GRANTED);
        assertThat(facts(granted).destroyOn()).as("a grant not yet settled").isNull();

        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> retention.saveTerms(fund, new RetentionTerms(0, 5, 5, 10, 10))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("refused"));
        authorities.as(staff.admin(), () -> retention.saveTerms(fund, new RetentionTerms(7, 5, 6, 12, 12)));
        assertThat(facts(refused).destroyOn()).isEqualTo(today.plusYears(7));
        assertThat(facts(withdrawn).destroyOn()).isEqualTo(today.plusYears(6));
        assertThat(facts(settled).destroyOn()).isEqualTo(today.plusYears(12));
        assertThat(authorities.as(staff.admin(), () -> audit.history("Fund", fund)))
                .extracting(AuditEntry::getAction).contains("RETENTION_TERMS_SET");
    }

    @Test
    void applications_from_before_retention_was_tracked_are_taken_in_from_the_owners_records() throws Exception {
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long refused = applications.refused(staff, applicant, call, Map.of(2027, amount("3000")));
        long running = applications.submitted(applicant, call, Map.of(2027, amount("1000")));
        // as if they were submitted before V50: records never saw their events
        jdbc.sql("delete from retention_case where application_id in (?, ?)").params(refused, running).update();

        assertThat(authorities.as(staff.admin(), () -> adoption.adoptEarlierApplications())).isEqualTo(2);
        assertThat(facts(refused).outcome()).isEqualTo(RetentionOutcome.REFUSED);
        assertThat(facts(refused).closedOn()).isEqualTo(today);
        assertThat(facts(refused).destroyOn()).isEqualTo(today.plusYears(5));
        assertThat(facts(running).destroyOn()).isNull();
        assertThat(authorities.as(staff.admin(), () -> adoption.adoptEarlierApplications())).as("only once").isZero();
    }

    private RetentionFacts facts(long applicationId) throws Exception {
        return authorities.as(staff.reviewer(), () -> retention.retentionOf(applicationId)).orElseThrow();
    }

    private String reference(long applicationId) {
        return jdbc.sql("select reference from grant_application where id = ?").param(applicationId).query(String.class).single();
    }

    private List<String> ledger(long callId) {
        return jdbc.sql("select kind, year, amount::text, coalesce(application_id::text, '') from budget_movement where call_id = ? order by id")
                .param(callId).query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list();
    }

    /** Every text column of every table (information_schema), searched for the applicant's name and e-mail address. */
    private List<String> personalDataHits() {
        List<String> hits = new ArrayList<>();
        List<String[]> columns = jdbc.sql("""
                        select c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character')""")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        for (String[] column : columns) {
            if (ACCOUNT_TABLES.contains(column[0])) {
                continue;
            }
            long count = jdbc.sql("select count(*) from " + column[0] + " where lower(" + column[1] + ") like ? or lower("
                            + column[1] + ") like ?")
                    .params("%" + applicant.toLowerCase(Locale.ROOT) + "%", "%" + applicantName.toLowerCase(Locale.ROOT) + "%")
                    .query(Long.class).single();
            if (count > 0) {
                hits.add(column[0] + "." + column[1] + " (" + count + ")");
            }
        }
        return hits;
    }
}
