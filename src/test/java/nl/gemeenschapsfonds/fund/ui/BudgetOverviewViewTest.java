package nl.gemeenschapsfonds.fund.ui;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.budget.FundYearBalance;
import nl.gemeenschapsfonds.fund.BudgetOverviewService;
import nl.gemeenschapsfonds.fund.FundListItem;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetOverviewViewTest extends KaribuViewTest {

    private static final String DEMO_FUND = "Gemeenschapsfonds Zwolle";
    private static final String DEMO_CALL = "Ontmoetingsplekken 2027";

    @Autowired
    FundService funds;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    BudgetOverviewService overviews;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** Opens the overview and picks the demo fund (other tests may add funds to the demo authority). */
    @SuppressWarnings("unchecked")
    private long openDemoFund() {
        navigate("budget");
        _get(BudgetOverviewView.class);
        Select<FundListItem> fund = _get(Select.class, spec -> spec.withId("budget-fund"));
        FundListItem demo = funds.fundsOfMyAuthority().stream().filter(f -> f.name().equals(DEMO_FUND)).findFirst().orElseThrow();
        fund.setValue(demo);
        return demo.id();
    }

    private long demoCall(long fundId) {
        return jdbc.sql("select id from grant_call where fund_id = ? and title_nl = ?").params(fundId, DEMO_CALL)
                .query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(int year) {
        return _get(Grid.class, spec -> spec.withId("budget-grid-" + year));
    }

    private static int rowOf(Grid<?> grid, String callTitle) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(row -> GridKt._getFormatted(grid, row, "call").equals(callTitle))
                .findFirst().orElseThrow();
    }

    private static String footer(Grid<?> grid, String key) {
        return grid.getFooterRows().getFirst().getCell(grid.getColumnByKey(key)).getText();
    }

    private void assertDemoCallMatchesTheLedger(Locale locale, String title) {
        long fundId = openDemoFund();
        long callId = demoCall(fundId);
        List<CallYearBalance> balances = ledger.callBalances(fundId);
        List<CallYearBalance> demoCall = balances.stream().filter(b -> b.callId() == callId).toList();
        assertThat(demoCall).extracting(CallYearBalance::year).contains(2027, 2028);

        for (CallYearBalance balance : demoCall) {
            Grid<Object> grid = grid(balance.year());
            int row = rowOf(grid, title);
            assertThat(GridKt._getFormatted(grid, row, "ceiling")).isEqualTo(Formats.money(balance.ceiling(), locale));
            assertThat(GridKt._getFormatted(grid, row, "committed")).isEqualTo(Formats.money(balance.committed(), locale));
            assertThat(GridKt._getFormatted(grid, row, "paid")).isEqualTo(Formats.money(balance.netPaid(), locale));
            assertThat(GridKt._getFormatted(grid, row, "available")).isEqualTo(Formats.money(balance.available(), locale));

            List<CallYearBalance> year = balances.stream().filter(b -> b.year() == balance.year()).toList();
            assertThat(footer(grid, "ceiling")).isEqualTo(Formats.money(sum(year.stream().map(CallYearBalance::ceiling).toList()), locale));
            assertThat(footer(grid, "committed")).isEqualTo(Formats.money(sum(year.stream().map(CallYearBalance::committed).toList()), locale));
            assertThat(footer(grid, "available")).isEqualTo(Formats.money(sum(year.stream().map(CallYearBalance::available).toList()), locale));
        }
        for (FundYearBalance fundYear : ledger.fundBalances(fundId)) {
            String summary = _get(Div.class, spec -> spec.withId("budget-summary-" + fundYear.year())).getElement().getTextRecursively();
            assertThat(summary).contains(Formats.money(fundYear.budget(), locale), Formats.money(fundYear.reserved(), locale),
                    Formats.money(fundYear.unreserved(), locale));
        }
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void admin_sees_per_year_and_call_the_figures_of_the_ledger_in_dutch_format() {
        login(DemoUsers.ADMIN);
        assertDemoCallMatchesTheLedger(Translations.DUTCH, DEMO_CALL);

        // the demo ceilings are set once and never changed by other tests; the committed part may grow
        Grid<Object> grid = grid(2027);
        int row = rowOf(grid, DEMO_CALL);
        assertThat(GridKt._getFormatted(grid, row, "ceiling")).isEqualTo("€ 1.200.000,00");
        assertThat(GridKt._getFormatted(grid(2028), rowOf(grid(2028), DEMO_CALL), "ceiling")).isEqualTo("€ 800.000,00");
        assertThat(footer(grid, "call")).isEqualTo("Totaal");
        assertThat(grid.getColumnByKey("committed").getHeaderText()).isEqualTo("Verleend");
    }

    @Test
    void each_bar_tells_screen_readers_what_is_committed_against_the_ceiling() {
        login(DemoUsers.ADMIN);
        long fundId = openDemoFund();
        long callId = demoCall(fundId);
        CallYearBalance balance = ledger.callBalances(fundId).stream()
                .filter(b -> b.callId() == callId && b.year() == 2027).findFirst().orElseThrow();

        List<String> labels = _find(Div.class, spec -> spec.withClasses("budget-bar")).stream()
                .map(bar -> bar.getElement().getAttribute("aria-label")).toList();

        assertThat(labels).contains(DEMO_CALL + ": " + Formats.money(balance.committed(), Translations.DUTCH) + " van "
                + Formats.money(balance.ceiling(), Translations.DUTCH) + " verleend ("
                + balance.committed().multiply(BigDecimal.valueOf(100)).divide(balance.ceiling(), 0, java.math.RoundingMode.HALF_UP)
                + "%), waarvan " + Formats.money(balance.netPaid(), Translations.DUTCH) + " betaald");
        assertThat(_find(Div.class, spec -> spec.withClasses("budget-bar")))
                .allSatisfy(bar -> assertThat(bar.getElement().getAttribute("role")).isEqualTo("img"));
    }

    @Test
    void the_overview_speaks_english_with_english_amounts_when_english_is_chosen() {
        useEnglish();
        login(DemoUsers.ADMIN);
        assertDemoCallMatchesTheLedger(Translations.ENGLISH, "Meeting places 2027");

        Grid<Object> grid = grid(2027);
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "Meeting places 2027"), "ceiling")).isEqualTo("€1,200,000.00");
        assertThat(grid.getColumnByKey("committed").getHeaderText()).isEqualTo("Committed");
        assertThat(footer(grid, "call")).isEqualTo("Total");
    }

    @Test
    void decision_maker_and_finance_see_the_same_overview() {
        login(DemoUsers.DECISION_MAKER);
        assertDemoCallMatchesTheLedger(Translations.DUTCH, DEMO_CALL);

        login(DemoUsers.FINANCE);
        assertDemoCallMatchesTheLedger(Translations.DUTCH, DEMO_CALL);
    }

    @Test
    void the_downloads_hold_the_table_on_screen_as_csv_and_xlsx() {
        login(DemoUsers.FINANCE);
        openDemoFund();

        Anchor csvLink = _get(Anchor.class, spec -> spec.withId("budget-download-csv"));
        byte[] csv = DownloadKt._download(csvLink);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFJaar;Regeling;Plafond;Verleend;Betaald;Beschikbaar;");
        assertThat(text).contains("2027;" + DEMO_CALL + ";1200000,00;");

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("budget-download-xlsx")));
        assertThat(xlsx).startsWith('P', 'K');
    }

    @Test
    void an_admin_of_another_authority_does_not_see_the_demo_fund() {
        long demoFund = jdbc.sql("select id from fund where name = ?").param(DEMO_FUND).query(Long.class).single();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long otherAuthority = jdbc.sql("insert into authority (code, name, kind) values (?, ?, 'MUNICIPALITY') returning id")
                .params("T" + suffix, "Testgemeente " + suffix).query(Long.class).single();
        String email = "overview-admin-" + suffix + "@example.org";
        accounts.create(email, "Andere Beheerder", "a-long-enough-password", Role.ADMIN, otherAuthority, null, null);

        login(email);
        navigate("budget");
        _get(BudgetOverviewView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("budget-empty")).getText())
                .isEqualTo("Uw organisatie heeft nog geen fondsen, dus er is nog geen budget om te tonen.");
        assertThat(_find(Select.class, spec -> spec.withId("budget-fund"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("budget-grid-2027"))).isEmpty();
        assertThatThrownBy(() -> overviews.overview(demoFund)).isInstanceOf(NotFoundException.class);
    }
}
