package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.budget.MovementKind;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.fund.BudgetOverviewRow;
import nl.gemeenschapsfonds.fund.BudgetOverviewService;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.payment.PaymentStatus;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Report obligations from the decision, reminders, the report's review, and the settlement with its ledger outcomes. */
@IntegrationTest
class ReportSettlementIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired ReportReminders reminders;
    @Autowired PledgeService pledges;
    @Autowired PaymentService payments;
    @Autowired DecisionService decisions;
    @Autowired IntakeService intake;
    @Autowired SubmissionService submissions;
    @Autowired BudgetLedger ledger;
    @Autowired BudgetOverviewService overviews;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private LocalDate today;
    private Staff staff;
    private String applicant;

    @BeforeEach
    void anAuthorityAndAnApplicant() {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Verantwoording");
        applicant = authorities.newApplicant("Dorpshuis De Linde");
    }

    @Test
    void a_multi_year_grant_owes_a_progress_report_per_year_and_a_final_report_13_weeks_after_the_end() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000"), 2028, amount("10000")));

        List<ObligationItem> owed = authorities.as(applicant, () -> reports.myObligations(id));

        assertThat(owed).extracting(ObligationItem::kind, ObligationItem::year, ObligationItem::dueOn, ObligationItem::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReportKind.PROGRESS, 2027, LocalDate.of(2028, 3, 31), ReportStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.FINAL, null, LocalDate.of(2029, 4, 1), ReportStatus.OPEN));
        assertThat(status(id)).isEqualTo(ApplicationStatus.GRANTED);
    }

    @Test
    void the_applicant_is_reminded_30_and_7_days_before_the_deadline_once_each() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        LocalDate due = finalReport(id).dueOn();

        reminders.sendReminders(due.minusDays(31));
        reminders.sendReminders(due.minusDays(30));
        reminders.sendReminders(due.minusDays(30));
        reminders.sendReminders(due.minusDays(20));
        Thread.sleep(300);
        assertThat(reminders(applicant)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("Eindverslag").contains("over 30 dagen"));

        reminders.sendReminders(due.minusDays(7));
        reminders.sendReminders(due.minusDays(7));
        reminders.sendReminders(due.minusDays(3));
        Thread.sleep(300);
        List<Mails.Received> mails = reminders(applicant);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).contains("over 7 dagen");
        assertThat(mails.get(1).body()).contains(Formats.date(due, java.util.Locale.of("nl")));
    }

    @Test
    void a_report_is_saved_as_typed_checked_at_submit_sent_back_for_more_and_accepted() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem report = finalReport(id);

        long version = authorities.as(applicant, () -> reports.saveDraft(new ReportForm(report.id(), report.version(),
                "Elke dinsdag samen koken", null, null, Map.of(), List.of())));
        ReportDetail draft = authorities.as(applicant, () -> reports.myReport(report.id()));
        assertThat(draft.content().activities()).isEqualTo("Elke dinsdag samen koken");
        assertThat(draft.costLines()).singleElement().satisfies(line -> assertThat(line.budget()).isEqualByComparingTo("40000"));

        assertThatThrownBy(() -> authorities.as(applicant, () -> {
            reports.submit(new ReportForm(report.id(), version, "Elke dinsdag samen koken", null, "", Map.of(), List.of()));
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(InvalidInputException.Problem::field)
                .containsExactlyInAnyOrder("visitorsPerWeek", "lonelinessChange", "spent-0"));
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).obligation().status()).isEqualTo(ReportStatus.OPEN);

        submitFinal(report.id(), version, "38000");
        ObligationItem submitted = finalReport(id);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);

        authorities.as(staff.reviewer(), () -> reports.askMore(submitted.id(), submitted.version(),
                "Stuur de facturen van de keuken mee.", 14));
        assertThat(awaitSubject(applicant, "Meer informatie")).satisfies(mail -> {
            assertThat(mail.body()).contains("Stuur de facturen van de keuken mee.").contains(Formats.date(today.plusDays(14),
                    java.util.Locale.of("nl")));
        });
        ReportDetail reopened = authorities.as(applicant, () -> reports.myReport(report.id()));
        assertThat(reopened.obligation().status()).isEqualTo(ReportStatus.MORE_ASKED);
        assertThat(reopened.moreAskedText()).isEqualTo("Stuur de facturen van de keuken mee.");
        assertThat(reopened.content().spent()).containsEntry(0, new BigDecimal("38000.00"));

        submitFinal(report.id(), reopened.obligation().version(), "38000");
        ObligationItem again = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.accept(again.id(), again.version()));
        assertThat(finalReport(id).status()).isEqualTo(ReportStatus.ACCEPTED);
        // accepted is final: the applicant can no longer change it
        assertThatThrownBy(() -> authorities.as(applicant, () -> reports.saveDraft(new ReportForm(report.id(),
                finalReport(id).version(), "anders", 1, "x", Map.of(), List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("report.validation.notEditable"));
    }

    @Test
    void asked_for_more_the_applicant_is_reminded_once_three_days_before_that_term_ends() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem report = finalReport(id);
        submitFinal(report.id(), report.version(), "38000");
        ObligationItem submitted = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.askMore(submitted.id(), submitted.version(), "De facturen graag.", 14));
        LocalDate term = today.plusDays(14);

        reminders.sendReminders(term.minusDays(4));
        reminders.sendReminders(term.minusDays(3));
        reminders.sendReminders(term.minusDays(3));
        reminders.sendReminders(term.minusDays(1));
        Thread.sleep(300);
        assertThat(reminders(applicant)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Herinnering: aanvulling op eindverslag").contains(finalReport(id).reference());
            assertThat(mail.body()).contains(Formats.date(term, java.util.Locale.of("nl")));
        });

        // a new request for more, answered before its reminder would go: no reminder
        submitFinal(report.id(), finalReport(id).version(), "38000");
        ObligationItem second = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.askMore(second.id(), second.version(), "En het verslag van de ALV.", 5));
        submitFinal(report.id(), finalReport(id).version(), "38000");
        reminders.sendReminders(today.plusDays(2));
        Thread.sleep(300);
        assertThat(reminders(applicant)).as("answered in time").hasSize(1);

        // and one not answered gets its own reminder, with its own term
        ObligationItem third = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.askMore(third.id(), third.version(), "En de begroting voor volgend jaar.", 5));
        reminders.sendReminders(today.plusDays(2));
        Thread.sleep(300);
        assertThat(reminders(applicant)).hasSize(2).last().satisfies(mail ->
                assertThat(mail.body()).contains(Formats.date(today.plusDays(5), java.util.Locale.of("nl"))));
    }

    @Test
    void above_the_call_amount_a_final_report_needs_an_accountant_statement_and_files_are_checked_by_their_content() throws Exception {
        long call = grants.openCall(staff, null, amount("10000"), null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem report = finalReport(id);
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).accountantStatementRequired()).isTrue();

        assertThatThrownBy(() -> submitFinal(report.id(), report.version(), "40000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("attachments"));
        assertThatThrownBy(() -> authorities.as(applicant, () -> reports.upload(report.id(),
                ReportAttachmentKind.ACCOUNTANT_STATEMENT, "verklaring.pdf", "MZ not really a pdf".getBytes())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("report.validation.fileType"));
        byte[] pdf = "%PDF-1.4 verklaring van de accountant".getBytes();
        ReportAttachmentItem statement = authorities.as(applicant, () -> reports.upload(report.id(),
                ReportAttachmentKind.ACCOUNTANT_STATEMENT, "verklaring<script>.pdf", pdf));
        assertThat(statement.mediaType()).isEqualTo("application/pdf");
        assertThat(statement.fileName()).doesNotContain("<");

        submitFinal(report.id(), finalReport(id).version(), "40000");
        assertThat(finalReport(id).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(authorities.as(staff.reviewer(), () -> reports.staffAttachment(report.id(), statement.id())).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> authorities.as(authorities.newApplicant("Nieuwsgierig"), () -> reports.myAttachment(report.id(), statement.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(authorities.newAuthority("Gemeente Nieuwsgierig").reviewer(),
                () -> reports.staffAttachment(report.id(), statement.id()))).isInstanceOf(NotFoundException.class);
        // submitted: no more files
        assertThatThrownBy(() -> authorities.as(applicant, () -> reports.upload(report.id(), ReportAttachmentKind.OTHER, "x.pdf", pdf)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("report.validation.notEditable"));
    }

    @Test
    void settled_lower_with_partial_co_financing_releases_the_unused_commitment_and_schedules_the_final_payment() throws Exception {
        long call = grants.openCall(staff, null, null, new BigDecimal("20"));
        // costs 40.000; grant 20.000; the plan counts on 8.000 from private funders (20%)
        long id = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("20000")), amount("8000"));
        String funder = newFunder();
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(id, 2027, amount("8000"), PledgeKind.CASH, null, null)));
        authorities.as(funder, () -> pledges.confirm(pledge, funderPledge(funder, pledge).version(), null));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        applications.assess(staff, id, 8);
        applications.decide(staff, id, new TreeMap<>(Map.of(2027, amount("20000"))));

        ObligationItem report = finalReport(id);
        PledgeItem confirmed = authorities.as(applicant, () -> pledges.pledgesOnMyApplication(id)).getFirst();
        // only 5.000 of the 8.000 arrived; 35.000 was spent
        authorities.as(applicant, () -> {
            reports.submit(new ReportForm(report.id(), report.version(), "Keuken ingericht", 90, "Mensen kennen elkaar nu",
                    Map.of(0, amount("35000")), List.of(new ReportForm.PledgeReceipt(pledge, confirmed.version(),
                    today.minusDays(10), amount("5000")))));
            return null;
        });
        assertThat(funderPledge(funder, pledge).status()).isEqualTo(PledgeStatus.RECEIVED);
        assertThat(funderPledge(funder, pledge).receivedAmount()).isEqualByComparingTo("5000");
        authorities.as(funder, () -> pledges.confirmReceipt(pledge, funderPledge(funder, pledge).version()));
        ObligationItem submitted = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));

        List<SettlementForm.Reduction> reductions = List.of(new SettlementForm.Reduction(0, amount("3000"),
                ReductionReason.COFINANCING_NOT_RECEIVED, "3.000 van de financier kwam niet"));
        // the proposal shows the rule on what arrived: 5.000 private of 35.000 spent is below 20%
        List<CoFinancingRule.Result> effects = authorities.as(staff.reviewer(), () -> settlements.effects(id, reductions));
        assertThat(effects).singleElement().satisfies(result -> {
            assertThat(result.ruleKey()).isEqualTo("rule.minPrivateShare");
            assertThat(result.met()).isFalse();
            assertThat(result.actual()).isEqualByComparingTo("5000");
            assertThat(result.limit()).isEqualByComparingTo("7000");
        });
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                List.of(new SettlementForm.Reduction(0, amount("3000"), null, null)), "Lager"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("reason-0"));

        authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0, reductions,
                "De cofinanciering is deels niet ontvangen.")));
        assertThat(funderPledge(funder, pledge).status()).isEqualTo(PledgeStatus.VERIFIED);
        SettlementCase proposed = authorities.as(staff.decisionMaker(), () -> settlements.settlementCase(id));
        assertThat(proposed.settlement().status()).isEqualTo(SettlementStatus.PROPOSED);
        assertThat(proposed.settlement().settled()).isEqualByComparingTo("17000");

        authorities.as(staff.decisionMaker(), () -> settlements.decide(proposed.settlement().id(), proposed.settlement().version()));

        assertThat(status(id)).isEqualTo(ApplicationStatus.SETTLED);
        CallYearBalance balance = authorities.as(staff.decisionMaker(), () -> ledger.balance(call, 2027)).orElseThrow();
        assertThat(balance.committed()).isEqualByComparingTo("17000");
        BigDecimal commits = authorities.as(staff.decisionMaker(), () -> ledger.sumOfMovements(call, 2027, MovementKind.COMMIT));
        BigDecimal releases = authorities.as(staff.decisionMaker(), () -> ledger.sumOfMovements(call, 2027, MovementKind.RELEASE));
        assertThat(releases).isEqualByComparingTo("3000");
        long fund = jdbc.sql("select fund_id from grant_call where id = ?").param(call).query(Long.class).single();
        BudgetOverviewRow row = authorities.as(staff.decisionMaker(), () -> overviews.overview(fund)).years().stream()
                .filter(y -> y.year() == 2027).findFirst().orElseThrow().calls().getFirst();
        assertThat(row.committed()).isEqualByComparingTo(commits.subtract(releases));
        assertThat(row.available()).isEqualByComparingTo(new BigDecimal("200000").subtract(commits).add(releases));

        List<PaymentListItem> scheduled = authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null)));
        assertThat(scheduled).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("17000");
            assertThat(p.status()).isEqualTo(PaymentStatus.SCHEDULED);
            assertThat(p.reference()).endsWith("-V");
        });
        awaitSubject(applicant, "Vaststelling");
        byte[] letter = authorities.as(staff.reviewer(), () -> settlements.letter(id)).orElseThrow();
        String text = new PDFTextStripper().getText(Loader.loadPDF(letter));
        assertThat(text).contains("Wij stellen de subsidie vast op € 17.000,00").contains("bezwaar maken tot en met")
                .contains("Cofinanciering niet ontvangen").contains("financier kwam niet");
        ApplicantSettlement mine = authorities.as(applicant, () -> settlements.mySettlement(id)).orElseThrow();
        assertThat(mine.settled()).isEqualByComparingTo("17000");
        assertThat(mine.finalPayment()).isEqualByComparingTo("17000");
    }

    @Test
    void paid_more_than_settled_makes_a_repayment_claim_whose_receipt_finance_records_in_the_ledger() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.awaitingDecision(staff, applicant, call, Map.of(2027, amount("20000")), 8);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(Map.of(2027, amount("20000"))), null, null, null,
                List.of(new DecisionForm.Advance(today, 2027, amount("20000"))), null, "Voldoet.")));
        String reference = jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
        assertThat(grants.payOut(staff, reference)).isEqualByComparingTo("20000");
        acceptedFinalReport(id, "12000");

        proposeAndDecide(id, List.of(new SettlementForm.Reduction(0, amount("8000"), ReductionReason.NOT_SPENT, null)));

        SettlementItem settled = authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.settled()).isEqualByComparingTo("12000");
        assertThat(settled.finalPayment()).isNull();
        assertThat(settled.claim().amount()).isEqualByComparingTo("8000");
        assertThat(settled.claim().dueOn()).isEqualTo(today.plusWeeks(6));
        assertThat(authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null))))
                .extracting(PaymentListItem::status).containsOnly(PaymentStatus.PAID);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> {
            settlements.recordRepayment(settled.claim().id(), settled.claim().version(), today);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        authorities.as(staff.finance(), () -> settlements.recordRepayment(settled.claim().id(), settled.claim().version(), today));

        CallYearBalance balance = authorities.as(staff.finance(), () -> ledger.balance(call, 2027)).orElseThrow();
        assertThat(balance.paid()).isEqualByComparingTo("20000");
        assertThat(balance.repaid()).isEqualByComparingTo("8000");
        assertThat(balance.committed()).isEqualByComparingTo("12000");
        assertThat(authorities.as(staff.finance(), () -> ledger.sumOfMovements(call, 2027, MovementKind.REPAY))).isEqualByComparingTo("8000");
        assertThat(authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement().claim().received()).isTrue();
        ApplicantSettlement mine = authorities.as(applicant, () -> settlements.mySettlement(id)).orElseThrow();
        assertThat(mine.repayment()).isEqualByComparingTo("8000");
    }

    @Test
    void a_three_year_grant_reduced_in_year_two_books_each_year_final_payment_to_its_own_year() throws Exception {
        long call = grants.openCall(staff, null, null, null, 2027, 2028, 2029);
        Map<Integer, BigDecimal> perYear = Map.of(2027, amount("10000"), 2028, amount("10000"), 2029, amount("10000"));
        long id = applications.awaitingDecision(staff, applicant, call, perYear, 8);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(perYear), null, null, null, List.of(new DecisionForm.Advance(today, 2027, amount("5000"))), null,
                "Voldoet.")));
        String reference = jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
        assertThat(grants.payOut(staff, reference)).isEqualByComparingTo("5000");
        ObligationItem report = finalReport(id);
        authorities.as(applicant, () -> {
            reports.submit(new ReportForm(report.id(), report.version(), "Elke dinsdag samen koken", 80, "Minder mensen alleen thuis",
                    Map.of(0, amount("20000"), 1, amount("12000"), 2, amount("20000")), List.of()));
            return null;
        });
        ObligationItem submitted = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));

        // the cost line of 2028 (position 1) is 4.000 lower
        proposeAndDecide(id, List.of(new SettlementForm.Reduction(1, amount("4000"), ReductionReason.NOT_SPENT, null)));

        SettlementItem settled = authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.settled()).isEqualByComparingTo("26000");
        assertThat(settled.finalPayment()).isEqualByComparingTo("21000");
        List<PaymentListItem> finals = authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null)))
                .stream().filter(p -> p.status() == PaymentStatus.SCHEDULED).toList();
        assertThat(finals).extracting(PaymentListItem::reference)
                .containsExactlyInAnyOrder(reference + "-V", reference + "-V2", reference + "-V3");
        assertThat(grants.payOut(staff, reference)).isEqualByComparingTo("21000");

        // every year: granted − released − paid = 0, so nothing stays committed and no year is paid beyond its grant
        Map<Integer, String> released = Map.of(2027, "0", 2028, "4000", 2029, "0");
        for (int year : List.of(2027, 2028, 2029)) {
            CallYearBalance balance = authorities.as(staff.finance(), () -> ledger.balance(call, year)).orElseThrow();
            BigDecimal releases = authorities.as(staff.finance(), () -> ledger.sumOfMovements(call, year, MovementKind.RELEASE));
            assertThat(releases).as("released in %s", year).isEqualByComparingTo(released.get(year));
            assertThat(perYear.get(year).subtract(releases).subtract(balance.paid())).as("left in %s", year).isEqualByComparingTo("0");
            assertThat(balance.committed()).as("committed in %s", year).isEqualByComparingTo(balance.paid());
        }
    }

    @Test
    void a_small_grant_is_settled_at_once_with_the_decision_and_owes_no_report() throws Exception {
        long call = grants.openCall(staff, amount("5000"), null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("4500")));

        assertThat(authorities.as(applicant, () -> reports.myObligations(id))).isEmpty();
        assertThat(status(id)).isEqualTo(ApplicationStatus.SETTLED);
        ApplicantSettlement settled = authorities.as(applicant, () -> settlements.mySettlement(id)).orElseThrow();
        assertThat(settled.kind()).isEqualTo(SettlementKind.AT_ONCE);
        assertThat(settled.settled()).isEqualByComparingTo("4500");
        assertThat(settled.finalPayment()).isEqualByComparingTo("4500");
        assertThat(authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null))))
                .singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("4500"));
        assertThat(decisionLetterText(id)).contains("Met dit besluit stellen wij de subsidie ook direct vast op € 4.500,00")
                .contains("artikel 4:47 Awb").doesNotContain("aanvraag tot vaststelling in");

        // just above the amount: reports as usual
        long larger = applications.granted(staff, authorities.newApplicant("Vereniging Groter"), call, Map.of(2027, amount("5000.01")));
        assertThat(status(larger)).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(jdbc.sql("select count(*) from report_obligation where application_id = ?").param(larger).query(Long.class).single())
                .isEqualTo(1);
        assertThat(decisionLetterText(larger)).doesNotContain("direct vast");
    }

    private String decisionLetterText(long applicationId) throws Exception {
        byte[] letter = jdbc.sql("select letter_pdf from decision where application_id = ?").param(applicationId).query(byte[].class).single();
        return new PDFTextStripper().getText(Loader.loadPDF(letter)).replaceAll("\\s+", " ");
    }

    @Test
    void no_final_report_after_a_reminder_with_a_new_term_is_settled_on_the_authority_own_motion() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem report = finalReport(id);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> {
            reports.remindLate(report.id(), report.version(), 14);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("report.validation.notLate"));
        jdbc.sql("update report_obligation set due_on = ? where id = ?").params(Date.valueOf(today.minusDays(1)), report.id()).update();

        authorities.as(staff.reviewer(), () -> reports.remindLate(report.id(), report.version(), 14));
        assertThat(Mails.await(greenMail, applicant, 1)).anySatisfy(mail ->
                assertThat(mail.body()).contains(Formats.date(today.plusDays(14), java.util.Locale.of("nl"))));
        // the new term is what counts now, for the applicant and the reviewer; no second reminder while it runs
        ObligationItem reminded = finalReport(id);
        assertThat(reminded.currentDue()).isEqualTo(today.plusDays(14));
        assertThat(reminded.overdue(today)).isFalse();
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> {
            reports.remindLate(reminded.id(), reminded.version(), 7);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(InvalidInputException.Problem::messageKey).containsExactly("report.validation.notLate"));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0, List.of(), "x"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("settlement.validation.notReady"));

        jdbc.sql("update report_obligation set late_term_due_on = ? where id = ?").params(Date.valueOf(today.minusDays(1)), report.id()).update();
        assertThat(authorities.as(staff.reviewer(), () -> settlements.settlementCase(id)).proposable()).isEqualTo(SettlementKind.OWN_MOTION);
        proposeAndDecide(id, List.of(new SettlementForm.Reduction(0, amount("20000"), ReductionReason.NOT_SPENT, null)));

        SettlementItem settled = authorities.as(staff.reviewer(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.kind()).isEqualTo(SettlementKind.OWN_MOTION);
        assertThat(settled.settled()).isEqualByComparingTo("0");
        assertThat(settled.released()).isEqualByComparingTo("20000");
        String text = new PDFTextStripper().getText(Loader.loadPDF(authorities.as(staff.reviewer(), () -> settlements.letter(id)).orElseThrow()));
        assertThat(text).contains("ambtshalve");
        assertThat(authorities.as(staff.decisionMaker(), () -> ledger.balance(call, 2027)).orElseThrow().committed()).isEqualByComparingTo("0");
        // settled: the report is no longer owed — not listed, not to be filled in, off the reviewer's worklist
        assertThat(authorities.as(applicant, () -> reports.myObligations(id))).isEmpty();
        assertThatThrownBy(() -> authorities.as(applicant, () -> reports.saveDraft(new ReportForm(report.id(), reminded.version(),
                "Toch nog", null, null, Map.of(), List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("report.validation.notEditable"));
        assertThat(authorities.as(staff.reviewer(), () -> reports.worklist())).extracting(ObligationItem::id).doesNotContain(report.id());
    }

    @Test
    void the_settlement_is_decided_by_someone_else_than_the_proposer_also_in_the_database() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        acceptedFinalReport(id, "40000");
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0, List.of(), null)));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> {
            settlements.decide(settlement, 0);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        assertThatThrownBy(() -> jdbc.sql("update settlement set status = 'SETTLED', decided_by = proposed_by, decision_date = current_date where id = ?")
                .param(settlement).update()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("settlement_four_eyes_ck");

        authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));
        SettlementItem settled = authorities.as(staff.decisionMaker(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.decidedBy()).isEqualTo(staff.decisionMaker()).isNotEqualTo(settled.proposedBy());
        assertThat(settled.settled()).isEqualByComparingTo("20000");
        assertThat(settled.released()).isNull();
    }

    @Test
    void two_decision_makers_settling_at_the_same_moment_release_the_money_once() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        acceptedFinalReport(id, "30000");
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                List.of(new SettlementForm.Reduction(0, amount("5000"), ReductionReason.NOT_SPENT, null)), "Minder besteed.")));
        String second = "decider2-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        authorities.createUser(second, Role.DECISION_MAKER, staff.authorityId());

        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Boolean>> outcomes = List.of(staff.decisionMaker(), second).stream()
                .map(who -> pool.submit(() -> authorities.as(who, () -> {
                    start.await();
                    try {
                        settlements.decide(settlement, 0);
                        return true;
                    } catch (nl.gemeenschapsfonds.base.ConcurrentEditException lost) {
                        return false;
                    }
                }))).toList();
        int won = 0;
        for (java.util.concurrent.Future<Boolean> outcome : outcomes) {
            won += outcome.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(authorities.as(staff.decisionMaker(), () -> ledger.sumOfMovements(call, 2027, MovementKind.RELEASE)))
                .isEqualByComparingTo("5000");
        assertThat(authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null)))).hasSize(1);
    }

    @Test
    void another_organisation_or_authority_finds_no_report_and_no_settlement() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem report = finalReport(id);
        String stranger = authorities.newApplicant("Andere Vereniging");
        Staff other = authorities.newAuthority("Gemeente Elders");

        assertThatThrownBy(() -> authorities.as(stranger, () -> reports.myReport(report.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(stranger, () -> reports.saveDraft(new ReportForm(report.id(), report.version(),
                "overschreven", 1, "x", Map.of(), List.of())))).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(stranger, () -> reports.myObligations(id))).isEmpty();
        assertThat(authorities.as(stranger, () -> settlements.mySettlement(id))).isEmpty();
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> reports.reportsForStaff(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> {
            reports.accept(report.id(), report.version());
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> settlements.settlementCase(id))).isInstanceOf(NotFoundException.class);

        acceptedFinalReport(id, "40000");
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0, List.of(), null)));
        assertThatThrownBy(() -> authorities.as(other.decisionMaker(), () -> {
            settlements.decide(settlement, 0);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(other.reviewer(), () -> reports.worklist())).isEmpty();
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).content().activities())
                .isEqualTo("Elke dinsdag samen koken");
    }

    // ---- helpers ----

    private List<Mails.Received> reminders(String address) {
        return Mails.to(greenMail, address).stream().filter(m -> m.subject().startsWith("Herinnering")).toList();
    }

    /** Waits (up to five seconds) for a mail to {@code address} whose subject starts so, and answers it. */
    private Mails.Received awaitSubject(String address, String subjectStart) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < until) {
            var found = Mails.to(greenMail, address).stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail to " + address + " starting with " + subjectStart + ": " + Mails.to(greenMail, address));
    }

    private void acceptedFinalReport(long id, String spent) throws Exception {
        ObligationItem report = finalReport(id);
        submitFinal(report.id(), report.version(), spent);
        ObligationItem submitted = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));
    }

    private void proposeAndDecide(long id, List<SettlementForm.Reduction> reductions) throws Exception {
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0, reductions,
                "Niet alles is besteed.")));
        authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));
    }

    private void submitFinal(long reportId, long version, String spent) throws Exception {
        authorities.as(applicant, () -> {
            reports.submit(new ReportForm(reportId, version, "Elke dinsdag samen koken", 80, "Minder mensen alleen thuis",
                    Map.of(0, amount(spent)), List.of()));
            return null;
        });
    }

    private ObligationItem finalReport(long id) throws Exception {
        return authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
    }

    private ApplicationStatus status(long id) {
        return ApplicationStatus.valueOf(jdbc.sql("select status from grant_application where id = ?").param(id)
                .query(String.class).single());
    }

    private String newFunder() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id").param("Stichting " + key)
                .query(Long.class).single();
        String email = "funder-" + key + "@test.example";
        accounts.create(email, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);
        return email;
    }

    private PledgeItem funderPledge(String funder, long pledgeId) throws Exception {
        return authorities.as(funder, () -> pledges.myPledges().stream().filter(p -> p.id() == pledgeId).findFirst().orElseThrow());
    }
}
