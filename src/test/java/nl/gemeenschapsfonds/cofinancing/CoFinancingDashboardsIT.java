package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.CallYearFinancing;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.FunderDashboard;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.PledgeTotal;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The co-financing dashboards' figures on real PostgreSQL, through every pledge state, and who may read them. */
@IntegrationTest
class CoFinancingDashboardsIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    CoFinancingDashboards dashboards;

    @Autowired
    PledgeService pledges;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PledgeRecords records;

    @Autowired
    Clock clock;

    private Staff staff;
    private long call;
    private String applicant;
    private String funder;

    @BeforeEach
    void twoApplicationsAndAFunderWithPledgesInEveryState() throws Exception {
        staff = authorities.newAuthority("Gemeente Hefboom");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Hefboom");
        // 2027: costs 80,000 = grant 40,000 + municipality 24,000 + private funders 16,000
        long seeking = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        // 2028: costs 60,000 = grant 30,000 + municipality 30,000
        applications.submitted(authorities.newApplicant("Stichting Zonder"), call, Map.of(2028, amount("30000")));

        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id").param("Bank " + key)
                .query(Long.class).single();
        funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);

        long received = pledge(seeking, "6000");
        authorities.as(funder, () -> pledges.confirm(received, version(received), null));
        authorities.as(applicant, () -> pledges.recordReceipt(received, version(received),
                LocalDate.ofInstant(clock.instant(), Formats.ZONE), amount("5500")));
        long withdrawn = pledge(seeking, "3000");
        authorities.as(funder, () -> pledges.withdraw(withdrawn, version(withdrawn), "Budget elders nodig"));
        pledge(seeking, "2000");
    }

    private long pledge(long applicationId, String euros) throws Exception {
        return authorities.as(funder, () -> pledges.pledge(new PledgeForm(applicationId, 2027, amount(euros), PledgeKind.CASH,
                null, null)));
    }

    private long version(long pledgeId) {
        return jdbc.sql("select version from pledge where id = ?").param(pledgeId).query(Long.class).single();
    }

    @Test
    void the_funder_s_totals_leave_out_withdrawn_pledges_and_count_what_was_received() throws Exception {
        FunderDashboard dashboard = authorities.as(funder, () -> dashboards.funderDashboard());

        assertThat(dashboard.pledged()).isEqualByComparingTo("8000");
        assertThat(dashboard.confirmed()).isEqualByComparingTo("6000");
        assertThat(dashboard.received()).isEqualByComparingTo("5500");
        assertThat(dashboard.pledges()).hasSize(3);
        assertThat(dashboard.byYearAndStatus()).containsExactly(
                new PledgeTotal(2027, PledgeStatus.PLEDGED, 1, new BigDecimal("2000.00")),
                new PledgeTotal(2027, PledgeStatus.RECEIVED, 1, new BigDecimal("6000.00")),
                new PledgeTotal(2027, PledgeStatus.WITHDRAWN, 1, new BigDecimal("3000.00")));
        assertThat(dashboard.projects()).singleElement().satisfies(project ->
                assertThat(project.pledged()).isEqualByComparingTo("8000"));
        assertThat(dashboard.visitorsPerWeek()).isEqualTo(120);
    }

    @Test
    void the_authority_sees_per_call_and_year_the_split_the_leverage_and_only_unconfirmed_pledges_as_pending() throws Exception {
        List<CallYearFinancing> rows = authorities.as(staff.admin(), () -> dashboards.authorityOverview());

        assertThat(rows).hasSize(2);
        CallYearFinancing first = rows.get(0);
        assertThat(first.callId()).isEqualTo(call);
        assertThat(first.year()).isEqualTo(2027);
        assertThat(first.grant()).isEqualByComparingTo("40000");
        assertThat(first.municipality()).isEqualByComparingTo("24000");
        assertThat(first.privateFunders()).isEqualByComparingTo("16000");
        assertThat(first.coFinancing()).isEqualByComparingTo("40000");
        assertThat(first.leverage()).isEqualTo(new BigDecimal("1.00"));
        assertThat(first.pendingPledges()).isEqualTo(1);
        assertThat(first.pendingAmount()).isEqualByComparingTo("2000");

        CallYearFinancing second = rows.get(1);
        assertThat(second.year()).isEqualTo(2028);
        assertThat(second.applications()).isEqualTo(1);
        assertThat(second.publicMoney()).isEqualByComparingTo("60000");
        assertThat(second.privateFunders()).isEqualByComparingTo("0");
        assertThat(second.leverage()).isEqualTo(new BigDecimal("1.00"));
        assertThat(second.pendingPledges()).isZero();

        assertThat(authorities.as(staff.decisionMaker(), () -> dashboards.authorityOverview())).isEqualTo(rows);
        Staff other = authorities.newAuthority("Gemeente Anders");
        assertThat(authorities.as(other.admin(), () -> dashboards.authorityOverview())).isEmpty();
    }

    @Test
    void the_api_pages_through_the_pledges_to_the_authority_s_applications_in_id_order_and_no_others() {
        List<PledgeRecords.PledgeRecord> all = records.ofAuthority(staff.authorityId(), 0, 10);

        assertThat(all).extracting(PledgeRecords.PledgeRecord::status)
                .containsExactly(PledgeStatus.RECEIVED, PledgeStatus.WITHDRAWN, PledgeStatus.PLEDGED);
        assertThat(all.getFirst().amount()).isEqualByComparingTo("6000");
        assertThat(all.getFirst().confirmedAt()).isNotNull();
        assertThat(all.getFirst().receivedOn()).isNotNull();
        assertThat(records.ofAuthority(staff.authorityId(), all.getFirst().id(), 1)).extracting(PledgeRecords.PledgeRecord::id)
                .containsExactly(all.get(1).id());
        assertThat(records.ofAuthority(authorities.newAuthority("Gemeente Elders").authorityId(), 0, 10)).isEmpty();
    }

    @Test
    void a_leverage_is_rounded_to_cents_and_absent_without_a_grant() {
        CallYearFinancing row = new CallYearFinancing(1, "R", null, 2027, 1, amount("30000"), amount("10000"),
                BigDecimal.ZERO, amount("5000.50"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        assertThat(row.leverage()).isEqualTo(new BigDecimal("0.50")); // 15,000.50 / 30,000 = 0.50002
        CallYearFinancing noGrant = new CallYearFinancing(1, "R", null, 2027, 1, BigDecimal.ZERO, amount("10000"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        assertThat(noGrant.leverage()).isNull();
    }

    @Test
    void each_dashboard_refuses_the_other_roles() {
        assertThatThrownBy(() -> authorities.as(funder, () -> dashboards.authorityOverview()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> dashboards.authorityOverview()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.finance(), () -> dashboards.authorityOverview()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(applicant, () -> dashboards.funderDashboard()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> dashboards.funderDashboard()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
