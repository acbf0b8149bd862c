package nl.gemeenschapsfonds.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Objections on real PostgreSQL, the real ledger and a real (in-process) SMTP server. */
@IntegrationTest
class ObjectionServiceIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    ObjectionService objections;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Staff staff;
    private long call;
    private String applicant;
    private LocalDate today;

    @BeforeEach
    void grantCall() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Bezwaartest");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Bezwaar");
    }

    /** As if the decision had been sent seven weeks ago: its objection period ended a week ago. */
    private LocalDate decisionSentSevenWeeksAgo(long applicationId) {
        jdbc.sql("update decision set decision_date = decision_date - 49, objection_deadline = objection_deadline - 49 where application_id = ?")
                .param(applicationId).update();
        return jdbc.sql("select objection_deadline from decision where application_id = ?").param(applicationId)
                .query(LocalDate.class).single();
    }

    private CallYearBalance balance(int year) throws Exception {
        return authorities.as(staff.decisionMaker(), () -> ledger.balance(call, year).orElseThrow());
    }

    private Map<Integer, BigDecimal> decisionAmounts(long applicationId) {
        Map<Integer, BigDecimal> amounts = new TreeMap<>();
        jdbc.sql("select year, amount from decision_amount a join decision d on d.id = a.decision_id where d.application_id = ?")
                .param(applicationId).query((rs, row) -> amounts.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return amounts;
    }

    private String decisionKind(long applicationId) {
        return jdbc.sql("select kind from decision where application_id = ?").param(applicationId).query(String.class).single();
    }

    private long partlyGranted(Map<Integer, BigDecimal> asked, Map<Integer, BigDecimal> granted) throws Exception {
        long id = applications.awaitingDecision(staff, applicant, call, asked, 7);
        applications.decide(staff, id, new TreeMap<>(granted));
        return id;
    }

    private Objection objectionBy(String user, long applicationId) throws Exception {
        return authorities.as(user, () -> objections.object(applicationId, "Het gevraagde bedrag is nodig voor de hele keuken."));
    }

    @Test
    void an_objection_received_on_the_last_day_of_the_period_is_on_time_and_one_day_later_it_is_late() throws Exception {
        long onTime = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        long late = applications.granted(staff, authorities.newApplicant("Stichting Laat"), call, Map.of(2027, amount("20000")));
        LocalDate lastDay = decisionSentSevenWeeksAgo(onTime);
        assertThat(decisionSentSevenWeeksAgo(late)).isEqualTo(lastDay);

        Objection inTime = authorities.as(staff.reviewer(), () -> objections.register(onTime, lastDay, "Per brief: de motivering klopt niet."));
        Objection tooLate = authorities.as(staff.reviewer(), () -> objections.register(late, lastDay.plusDays(1), "Per brief, een dag later."));

        assertThat(inTime.late()).isFalse();
        assertThat(tooLate.late()).isTrue();
        assertThat(inTime.decisionDue()).isEqualTo(lastDay.plusWeeks(6));
        assertThat(tooLate.decisionDue()).isEqualTo(lastDay.plusDays(1).plusWeeks(6));
        assertThat(jdbc.sql("select late from objection where application_id = ?").param(late).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select registered_by from objection where application_id = ?").param(onTime).query(String.class).single())
                .isEqualTo(staff.reviewer());

        String reference = jdbc.sql("select reference from grant_application where id = ?").param(late).query(String.class).single();
        String lateApplicant = jdbc.sql("select submitted_by from grant_application where id = ?").param(late).query(String.class).single();
        assertThat(Mails.await(greenMail, lateApplicant, 3)).filteredOn(mail -> mail.subject().startsWith("Ontvangst van uw bezwaar"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).contains(reference);
                    assertThat(mail.body()).contains(Formats.date(lastDay.plusDays(1), DUTCH))
                            .contains("uiterlijk op " + Formats.date(tooLate.decisionDue(), DUTCH))
                            .contains("na de bezwaartermijn, die liep tot en met " + Formats.date(lastDay, DUTCH));
                });
        assertThat(jdbc.sql("select after_state from audit_entry where object_type = 'Application' and object_id = ? and action = 'OBJECTION_REGISTERED'")
                .param(String.valueOf(late)).query(String.class).single()).contains("late");
    }

    @Test
    void the_applicant_objects_today_to_their_own_decision_and_gets_a_receipt_with_the_date_we_decide_by() throws Exception {
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        Objection objection = objectionBy(applicant, id);

        assertThat(objection.receivedOn()).isEqualTo(today);
        assertThat(objection.late()).isFalse();
        assertThat(objection.decisionDue()).isEqualTo(today.plusWeeks(6));
        assertThat(objection.registeredBy()).isEqualTo(applicant);
        assertThat(Mails.await(greenMail, applicant, 3)).extracting(Mails.Received::subject)
                .anyMatch(subject -> subject.startsWith("Ontvangst van uw bezwaar"));
        ObjectionOverview mine = authorities.as(applicant, () -> objections.mine(id)).orElseThrow();
        assertThat(mine.objection()).isEqualTo(objection);
        assertThat(mine.mayRegister()).isFalse();
        ObjectionOverview staffView = authorities.as(staff.decisionMaker(), () -> objections.overview(id));
        assertThat(staffView.mayDecide()).isTrue();
        assertThat(staffView.decision().objectionDeadline()).isEqualTo(today.plusWeeks(6));
    }

    @Test
    void grounds_are_required_and_at_most_4000_characters_and_a_decision_takes_one_objection() throws Exception {
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        assertThatThrownBy(() -> authorities.as(applicant, () -> objections.object(id, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("grounds", "objection.groundsRequired")));
        assertThatThrownBy(() -> authorities.as(applicant, () -> objections.object(id, "x".repeat(4001))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("grounds", "validation.tooLong")));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> objections.register(id, today.plusDays(1), "Morgen")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("receivedOn"));
        assertThat(jdbc.sql("select count(*) from objection where application_id = ?").param(id).query(Long.class).single()).isZero();

        objectionBy(applicant, id);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> objections.register(id, today, "Nog een keer, per brief")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::messageKey).containsExactly("objection.alreadyRegistered"));
    }

    @Test
    void upheld_with_a_higher_amount_commits_the_difference_in_the_ledger_and_changes_the_grant() throws Exception {
        long id = partlyGranted(Map.of(2027, amount("60000")), Map.of(2027, amount("40000")));
        assertThat(decisionKind(id)).isEqualTo("GRANT_PARTLY");
        assertThat(balance(2027).committed()).isEqualByComparingTo("40000.00");
        objectionBy(applicant, id);

        Objection decided = authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id,
                ObjectionOutcome.UPHELD, "De hele keuken is nodig voor de maaltijden.", new TreeMap<>(Map.of(2027, amount("60000"))))));

        assertThat(decided.outcome()).isEqualTo(ObjectionOutcome.UPHELD);
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(balance(2027).committed()).isEqualByComparingTo("60000.00");
        assertThat(decisionAmounts(id)).containsExactlyInAnyOrderEntriesOf(Map.of(2027, amount("60000")));
        assertThat(decisionKind(id)).isEqualTo("GRANT");
        assertThat(jdbc.sql("select amount from budget_movement where application_id = ? and kind = 'COMMIT' order by id")
                .param(id).query(BigDecimal.class).list()).extracting(BigDecimal::toPlainString).containsExactly("40000.00", "20000.00");
        assertThat(jdbc.sql("select action from audit_entry where object_type = 'Application' and object_id = ? and action like 'OBJECTION%' order by id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("OBJECTION_REGISTERED", "OBJECTION_UPHELD");
        assertThat(Mails.await(greenMail, applicant, 4)).filteredOn(mail -> mail.subject().startsWith("Beslissing op uw bezwaar"))
                .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Gegrond")
                        .contains("De hele keuken is nodig voor de maaltijden.").contains("€ 60.000,00"));
    }

    @Test
    void partly_upheld_with_a_lower_amount_in_one_year_releases_it_and_commits_the_other_years_increase_together() throws Exception {
        long id = partlyGranted(Map.of(2027, amount("40000"), 2028, amount("30000")),
                Map.of(2027, amount("20000"), 2028, amount("30000")));
        objectionBy(applicant, id);

        authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id, ObjectionOutcome.PARTLY_UPHELD,
                "Het werk in 2027 is groter, in 2028 kleiner.", new TreeMap<>(Map.of(2027, amount("30000"), 2028, amount("10000"))))));

        assertThat(balance(2027).committed()).isEqualByComparingTo("30000.00");
        assertThat(balance(2028).committed()).isEqualByComparingTo("10000.00");
        assertThat(decisionAmounts(id)).containsExactlyInAnyOrderEntriesOf(Map.of(2027, amount("30000"), 2028, amount("10000")));
        assertThat(decisionKind(id)).isEqualTo("GRANT_PARTLY");
        assertThat(jdbc.sql("select year || ' ' || kind || ' ' || amount from budget_movement where application_id = ? and reason like 'Decision on objection%' order by year")
                .param(id).query(String.class).list()).containsExactly("2027 COMMIT 10000.00", "2028 RELEASE 20000.00");
    }

    @Test
    void a_commitment_the_ceiling_refuses_leaves_the_decision_the_ledger_and_the_objection_unchanged() throws Exception {
        long id = partlyGranted(Map.of(2027, amount("60000")), Map.of(2027, amount("40000")));
        applications.granted(staff, authorities.newApplicant("Dorpswinkel Vol"), call, Map.of(2027, amount("55000")));
        assertThat(balance(2027).available()).isEqualByComparingTo("5000.00");
        objectionBy(applicant, id);
        long movements = jdbc.sql("select count(*) from budget_movement where call_id = ?").param(call).query(Long.class).single();

        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id,
                ObjectionOutcome.UPHELD, "Gegrond.", new TreeMap<>(Map.of(2027, amount("60000")))))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).extracting(Problem::field, Problem::messageKey)
                            .containsExactly(tuple("newAmounts", "objection.budget.CEILING_REACHED"));
                    assertThat((BigDecimal) invalid.problems().getFirst().args()[1]).isEqualByComparingTo("5000.00");
                });

        assertThat(balance(2027).committed()).isEqualByComparingTo("95000.00");
        assertThat(jdbc.sql("select count(*) from budget_movement where call_id = ?").param(call).query(Long.class).single())
                .isEqualTo(movements);
        assertThat(decisionAmounts(id)).containsExactlyInAnyOrderEntriesOf(Map.of(2027, amount("40000")));
        assertThat(decisionKind(id)).isEqualTo("GRANT_PARTLY");
        assertThat(authorities.as(applicant, () -> objections.mine(id)).orElseThrow().objection().decided()).isFalse();
        assertThat(Mails.to(greenMail, applicant)).noneMatch(mail -> mail.subject().startsWith("Beslissing op uw bezwaar"));
    }

    @Test
    void rejected_leaves_the_grant_as_it_is_and_amounts_only_change_on_an_upheld_objection_against_a_grant() throws Exception {
        long granted = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        long refused = applications.refused(staff, authorities.newApplicant("Stichting Afgewezen"), call, Map.of(2027, amount("20000")));
        authorities.as(staff.reviewer(), () -> objections.register(granted, today, "Per brief."));
        authorities.as(staff.reviewer(), () -> objections.register(refused, today, "Per brief."));

        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(granted,
                ObjectionOutcome.REJECTED, "Ongegrond.", new TreeMap<>(Map.of(2027, amount("10000")))))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::messageKey).containsExactly("objection.amountsOnlyWhenUpheld"));
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(refused,
                ObjectionOutcome.UPHELD, "Gegrond.", new TreeMap<>(Map.of(2027, amount("10000")))))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::messageKey).containsExactly("objection.refusalNeedsNewDecision"));
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(granted,
                ObjectionOutcome.REJECTED, " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field).containsExactly("motivation"));

        authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(granted, ObjectionOutcome.REJECTED,
                "Het besluit volgt de regeling.", null)));
        assertThat(decisionAmounts(granted)).containsExactlyInAnyOrderEntriesOf(Map.of(2027, amount("20000")));
        assertThat(balance(2027).committed()).isEqualByComparingTo("20000.00");
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(granted,
                ObjectionOutcome.UPHELD, "Toch gegrond.", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::messageKey).containsExactly("objection.alreadyDecided"));
    }

    @Test
    void another_organisation_and_another_authority_do_not_find_the_objection() throws Exception {
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        String otherApplicant = authorities.newApplicant("Andere vereniging");
        Staff otherAuthority = authorities.newAuthority("Gemeente Elders");

        assertThat(authorities.as(otherApplicant, () -> objections.mine(id))).isEmpty();
        assertThatThrownBy(() -> objectionBy(otherApplicant, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(otherAuthority.reviewer(), () -> objections.register(id, today, "Per brief.")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(otherAuthority.reviewer(), () -> objections.overview(id)))
                .isInstanceOf(NotFoundException.class);

        objectionBy(applicant, id);
        assertThatThrownBy(() -> authorities.as(otherAuthority.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id,
                ObjectionOutcome.REJECTED, "Ongegrond.", null)))).isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(applicant, () -> objections.mine(id)).orElseThrow().objection().decided()).isFalse();
    }

    @Test
    void an_application_without_a_decision_cannot_be_objected_to() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        assertThat(authorities.as(applicant, () -> objections.mine(id))).isEmpty();
        assertThatThrownBy(() -> objectionBy(applicant, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> objections.register(id, today, "Per brief.")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::messageKey).containsExactly("objection.noDecision"));
        assertThat(authorities.as(staff.reviewer(), () -> objections.overview(id)).decision()).isNull();
    }

    @Test
    void only_a_decision_maker_decides_on_an_objection() throws Exception {
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        objectionBy(applicant, id);
        ObjectionDecisionForm rejected = new ObjectionDecisionForm(id, ObjectionOutcome.REJECTED, "Ongegrond.", null);

        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> objections.decide(rejected))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(applicant, () -> objections.decide(rejected))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.finance(), () -> objections.decide(rejected))).isInstanceOf(AccessDeniedException.class);
        assertThat(authorities.as(staff.reviewer(), () -> objections.overview(id)).mayDecide()).isFalse();
        assertThat(authorities.as(applicant, () -> objections.mine(id)).orElseThrow().objection().decided()).isFalse();

        authorities.as(staff.decisionMaker(), () -> objections.decide(rejected));
        assertThat(authorities.as(applicant, () -> objections.mine(id)).orElseThrow().objection().outcome())
                .isEqualTo(ObjectionOutcome.REJECTED);
    }
}
