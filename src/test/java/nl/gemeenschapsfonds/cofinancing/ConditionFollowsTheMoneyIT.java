package nl.gemeenschapsfonds.cofinancing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22 item 6: a co-financing condition is fulfilled by the money that counts and follows it when a receipt changes it. */
@IntegrationTest
class ConditionFollowsTheMoneyIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired DecisionService decisions;
    @Autowired PledgeService pledges;
    @Autowired PaymentService payments;
    @Autowired nl.gemeenschapsfonds.review.IntakeService intake;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void a_pledge_received_for_less_reopens_the_condition_before_its_date_and_after_it_the_decision_maker_is_told()
            throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Staff staff = authorities.newAuthority("Gemeente Volg Het Geld");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        jdbc.sql("update grant_call set min_private_share = 0.2000 where id = ?").param(call).update();
        String applicant = authorities.newApplicant("Vereniging Volg Het Geld");
        // costs 80.000: the plan counts on 16.000 (20%) from private funders
        long id = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        applications.assess(staff, id, 8);
        LocalDate due = today.plusMonths(2);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(Map.of(2027, amount("40000"))), null, null, null,
                List.of(new DecisionForm.Advance(today.plusWeeks(1), 2027, amount("20000"))), null,
                "Goed plan; de cofinanciering moet nog rond komen.", due)));

        String bouwer = newFunder("Bouwer");
        long first = pledgeAndConfirm(bouwer, id, "16000");
        assertThat(condition(applicant, id).fulfilled()).as("confirmed pledges reach it").isTrue();

        // before the date: the 16.000 arrived as 10.000, so the condition is open again and payments wait
        receive(applicant, id, first, today, "10000");
        assertThat(condition(applicant, id).open()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'COFINANCING_CONDITION_REOPENED' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        PaymentListItem advance = authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null)))
                .getFirst();
        assertThatThrownBy(() -> authorities.as(staff.finance(), () -> payments.approve(List.of(advance.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("payments.coFinancingConditionOpen"));

        // a second funder makes up the difference: fulfilled again
        String stichting = newFunder("Stichting");
        long second = pledgeAndConfirm(stichting, id, "6000");
        assertThat(condition(applicant, id).fulfilled()).isTrue();

        // after the date the second pledge arrives as 2.000: the condition stays fulfilled, the decision maker is told
        clock.onDay(due.plusDays(1), () -> receive(applicant, id, second, due.plusDays(1), "2000"));
        assertThat(condition(applicant, id).fulfilled()).isTrue();
        Mails.Received told = nl.gemeenschapsfonds.report.MailWaits.subject(greenMail, staff.decisionMaker(), "Voorwaarde cofinanciering");
        assertThat(told.body()).contains(Formats.date(due, java.util.Locale.of("nl"))).contains("€ 12.000,00");
        assertThat(Mails.to(greenMail, applicant)).noneMatch(m -> m.subject().startsWith("Voorwaarde cofinanciering"));
    }

    private CoFinancingCondition condition(String applicant, long id) throws Exception {
        return authorities.as(applicant, () -> pledges.condition(id)).orElseThrow();
    }

    private long pledgeAndConfirm(String funder, long applicationId, String euros) throws Exception {
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount(euros),
                PledgeKind.CASH, null, null)));
        long version = authorities.as(funder, () -> pledges.myPledges()).stream().filter(p -> p.id() == pledge)
                .findFirst().orElseThrow().version();
        authorities.as(funder, () -> pledges.confirm(pledge, version, null));
        return pledge;
    }

    private void receive(String applicant, long applicationId, long pledgeId, LocalDate on, String euros) throws Exception {
        long version = authorities.as(applicant, () -> pledges.pledgesOnMyApplication(applicationId)).stream()
                .filter(p -> p.id() == pledgeId).findFirst().orElseThrow().version();
        authorities.as(applicant, () -> pledges.recordReceipt(pledgeId, version, on, amount(euros)));
    }

    private String newFunder(String kind) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id")
                .param(kind + " " + key).query(Long.class).single();
        String email = "volg-" + key + "@test.example";
        accounts.create(email, kind, "a-long-enough-password", Role.FUNDER, null, null, funderId);
        return email;
    }
}
