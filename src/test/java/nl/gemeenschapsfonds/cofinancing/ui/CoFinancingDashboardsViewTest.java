package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.base.ui.AccessDeniedView;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.CallYearFinancing;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.PledgeTotal;
import nl.gemeenschapsfonds.cofinancing.CoFinancingDashboards.SupportedProject;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The co-financing dashboards against data made through the services: a funder sees only their own
 * pledges; the authority's decision maker and admin see the split, the leverage and the unconfirmed
 * pledges of their calls; another authority sees nothing of it.
 */
class CoFinancingDashboardsViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PledgeService pledges;

    private Staff staff;
    private long call;
    private long seeking;
    private String confirmingFunder;
    private String pendingFunder;

    @BeforeEach
    void aProjectWithAConfirmedAndAPendingPledge() throws Exception {
        staff = authorities.newAuthority("Gemeente Dashboard");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String applicant = authorities.newApplicant("Vereniging Dashboard");
        // costs 80,000: grant 40,000, municipality 24,000, private funders 16,000
        seeking = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        confirmingFunder = funder("Bouwbedrijf");
        pendingFunder = funder("Stichting");
        long confirmed = authorities.as(confirmingFunder, () -> pledges.pledge(
                new PledgeForm(seeking, 2027, amount("6000"), PledgeKind.CASH, null, "Alleen voor de keuken")));
        authorities.as(confirmingFunder, () -> pledges.confirm(confirmed, version(confirmed), null));
        authorities.as(pendingFunder, () -> pledges.pledge(
                new PledgeForm(seeking, 2027, amount("4000"), PledgeKind.IN_KIND, "Vakmensen", "Geheime voorwaarde")));
    }

    private String funder(String name) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id").param(name + " " + key)
                .query(Long.class).single();
        String email = "funder-" + key + "@test.example";
        accounts.create(email, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);
        return email;
    }

    private long version(long pledgeId) {
        return jdbc.sql("select version from pledge where id = ?").param(pledgeId).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> items(String gridId) {
        return ((Grid<T>) _get(Grid.class, spec -> spec.withId(gridId))).getListDataView().getItems().toList();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void the_funder_sees_their_own_totals_projects_and_pledges_only() {
        login(confirmingFunder);
        navigate("funder/projects");
        _get(FunderProjectsView.class);

        assertThat(text("funder-total-pledged")).isEqualTo("Totaal toegezegd: € 6.000,00");
        assertThat(text("funder-total-confirmed")).isEqualTo("Totaal bevestigd: € 6.000,00");
        assertThat(text("funder-total-received")).isEqualTo("Totaal ontvangen: € 0,00");
        assertThat(text("funder-visitors")).isEqualTo("Verwachte bezoekers per week: 120");

        List<SupportedProject> projects = items("funder-projects-grid");
        assertThat(projects).singleElement().satisfies(project -> {
            assertThat(project.applicationId()).isEqualTo(seeking);
            assertThat(project.pledged()).isEqualByComparingTo("6000");
            assertThat(project.facilityName()).isEqualTo("Buurthuis De Brug");
            assertThat(project.expectedVisitorsPerWeek()).isEqualTo(120);
        });
        Grid<?> projectGrid = _get(Grid.class, spec -> spec.withId("funder-projects-grid"));
        Anchor link = (Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(projectGrid, 0, "title");
        assertThat(link.getHref()).isEqualTo("funder/projects/" + seeking);
        assertThat(link.getText()).isEqualTo(projects.getFirst().title());

        List<PledgeTotal> totals = items("funder-totals-grid");
        assertThat(totals).containsExactly(new PledgeTotal(2027, PledgeStatus.CONFIRMED, 1, new BigDecimal("6000.00")));

        List<PledgeItem> mine = items("funder-pledges-grid");
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("6000");
            assertThat(p.conditions()).isEqualTo("Alleen voor de keuken");
        });
        assertThat(_find(Anchor.class, spec -> spec.withId("funder-download-csv"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("funder-download-xlsx"))).hasSize(1);
    }

    @Test
    void the_other_funder_sees_only_their_pending_pledge_and_never_the_first_funder_s_conditions() {
        login(pendingFunder);
        navigate("funder/projects");
        assertThat(text("funder-total-pledged")).isEqualTo("Totaal toegezegd: € 4.000,00");
        assertThat(text("funder-total-confirmed")).isEqualTo("Totaal bevestigd: € 0,00");
        List<PledgeItem> mine = items("funder-pledges-grid");
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PledgeStatus.PLEDGED);
            assertThat(p.kind()).isEqualTo(PledgeKind.IN_KIND);
        });
        assertThat(_get(FunderProjectsView.class).getElement().getOuterHTML()).doesNotContain("Alleen voor de keuken");
        assertThat(items("funder-totals-grid"))
                .containsExactly(new PledgeTotal(2027, PledgeStatus.PLEDGED, 1, new BigDecimal("4000.00")));
    }

    @Test
    void a_funder_without_pledges_sees_the_empty_text() {
        login(funder("Leeg"));
        navigate("funder/projects");
        assertThat(_get(FunderProjectsView.class).getElement().getTextRecursively())
                .contains("U steunt nog geen projecten.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void the_decision_maker_sees_the_split_the_leverage_and_the_unconfirmed_pledges_per_call_and_year() {
        jdbc.sql("update grant_call set min_private_share = 0.2000, private_share_counts = 'PRIVATE_FUNDERS' where id = ?")
                .param(call).update();
        login(staff.decisionMaker());
        navigate("cofinancing");
        _get(CoFinancingOverviewView.class);

        List<CallYearFinancing> rows = items("cofinancing-grid");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.callId()).isEqualTo(call);
            assertThat(row.year()).isEqualTo(2027);
            assertThat(row.applications()).isEqualTo(1);
            assertThat(row.grant()).isEqualByComparingTo("40000");
            assertThat(row.publicMoney()).isEqualByComparingTo("64000");
            assertThat(row.privateFunders()).isEqualByComparingTo("16000");
            assertThat(row.ownFunds()).isEqualByComparingTo("0");
            assertThat(row.inKind()).isEqualByComparingTo("0");
            assertThat(row.total()).isEqualByComparingTo("80000");
            assertThat(row.leverage()).isEqualTo(new BigDecimal("1.00"));
            assertThat(row.pendingPledges()).isEqualTo(1);
            assertThat(row.pendingAmount()).isEqualByComparingTo("4000");
        });
        Div bar = _get(Div.class, spec -> spec.withId("cofinancing-bar-" + call + "-2027"));
        assertThat(bar.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(bar.getElement().getAttribute("aria-label"))
                .contains("totaal € 80.000,00")
                .contains("Publiek € 64.000,00 (80%)")
                .contains("Private financiers € 16.000,00 (20%)")
                .endsWith("hefboom 1,00");
        assertThat(bar.getChildren().count()).as("only the sources with money").isEqualTo(2);
        // one picture (the bars, each with its text alternative); the SVG is a download, not a second picture
        assertThat(_find(com.vaadin.flow.component.html.Image.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("cofinancing-svg")).getText())
                .isEqualTo("Deze verdeling als afbeelding downloaden (SVG)");
        // the call's rule in the words of the picture and the table
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("cofinancing-rule-" + call)).getText())
                .endsWith(": minimaal 20% van de kosten uit private cofinanciering; telt mee: private financiers");

        logout();
        login(staff.admin());
        navigate("cofinancing");
        assertThat(this.<CallYearFinancing>items("cofinancing-grid")).hasSize(1);
    }

    @Test
    void another_authority_sees_nothing_and_funders_and_reviewers_may_not_enter() {
        Staff other = authorities.newAuthority("Gemeente Elders");
        login(other.decisionMaker());
        navigate("cofinancing");
        _get(CoFinancingOverviewView.class);
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("cofinancing-overview-empty")).getText())
                .isEqualTo("Er zijn nog geen ingediende aanvragen.");

        for (String user : List.of(confirmingFunder, staff.reviewer())) {
            logout();
            login(user);
            navigate("cofinancing");
            assertThat(_find(CoFinancingOverviewView.class)).isEmpty();
            assertThat(_find(AccessDeniedView.class).size() + _find(NotFoundView.class).size()).isEqualTo(1);
        }
    }
}
