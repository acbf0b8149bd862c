package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.AccessDeniedView;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.cofinancing.MarketplaceFilter;
import nl.gemeenschapsfonds.cofinancing.MarketplaceRow;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funder finds a project in the marketplace and pledges on its page (a refused pledge keeps what
 * was typed); the applicant sees the pledge and records the money; the decision maker sees the rules.
 */
class MarketplaceViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    nl.gemeenschapsfonds.review.IntakeService intake;

    private Staff staff;
    private String applicant;
    private String funder;
    private long seeking;

    @BeforeEach
    void aProjectSeekingCoFinancing() throws Exception {
        staff = authorities.newAuthority("Gemeente Markt");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        jdbc.sql("update grant_call set min_private_share = 0.2000 where id = ?").param(call).update();
        applicant = authorities.newApplicant("Vereniging Markt");
        seeking = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id").param("Bouwbedrijf " + key)
                .query(Long.class).single();
        funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);
    }

    @SuppressWarnings("unchecked")
    private List<MarketplaceRow> listed() {
        // the grid is hidden (and the empty text shown) when nothing matches; its rows come page by page from the service
        List<Grid> grids = _find(Grid.class, spec -> spec.withId("marketplace-grid"));
        return grids.isEmpty() || !grids.getFirst().isVisible() ? List.of()
                : ((Grid<MarketplaceRow>) grids.getFirst()).getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<MarketplaceRow> marketplaceGrid() {
        return _get(Grid.class, spec -> spec.withId("marketplace-grid"));
    }

    @Test
    void the_marketplace_reads_its_rows_page_by_page_in_the_services_order_also_when_filtered() {
        login(funder);
        navigate("funder/marketplace");
        Grid<MarketplaceRow> grid = marketplaceGrid();
        assertThat(grid.getDataProvider().isInMemory()).as("no list of every project in the session").isFalse();
        assertThat(grid.getPageSize()).as("a page of 25 rows held per session (issue 20)").isEqualTo(25);
        List<Long> all = pledges.marketplace(MarketplaceFilter.none(), 0, 100_000).stream()
                .map(MarketplaceRow::applicationId).toList();
        assertThat(all).as("the shared test database holds several projects").contains(seeking).hasSizeGreaterThan(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(all.size());
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < all.size() + 2; offset += 2) {
            List<MarketplaceRow> page = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, offset, 2);
            assertThat(page.size()).as("page at " + offset).isLessThanOrEqualTo(2);
            page.forEach(row -> paged.add(row.applicationId()));
        }
        assertThat(paged).as("every project once, in the service's order").isEqualTo(all);

        navigate("funder/marketplace?minimum=16000");
        grid = marketplaceGrid();
        List<Long> filtered = pledges.marketplace(new MarketplaceFilter(null, null, amount("16000")), 0, 100_000).stream()
                .map(MarketplaceRow::applicationId).toList();
        assertThat(filtered).contains(seeking).hasSizeLessThanOrEqualTo(all.size());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(filtered.size());
        assertThat(listed()).extracting(MarketplaceRow::applicationId).isEqualTo(filtered);
        MarketplaceRow row = listed().stream().filter(r -> r.applicationId() == seeking).findFirst().orElseThrow();
        assertThat(row.missing()).isEqualByComparingTo("16000");
        assertThat(row.organisationName()).startsWith("Vereniging Markt");
    }

    @Test
    void a_funder_switched_off_while_the_list_is_open_sees_the_page_that_says_so_when_the_list_reads_on() {
        login(funder);
        navigate("funder/marketplace");
        Grid<MarketplaceRow> grid = marketplaceGrid();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 2)).isNotEmpty();
        jdbc.sql("update funder set active = false where id = (select funder_id from app_user where lower(email) = lower(?))")
                .param(funder).update();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 2, 2)).as("no rows, and no error").isEmpty();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(_find(FunderNotActiveView.class)).hasSize(1);
        assertThat(_find(MarketplaceView.class)).isEmpty();
        assertThat(_find(nl.gemeenschapsfonds.base.ui.ErrorView.class)).isEmpty();
        assertThat(notificationTexts()).noneMatch(text -> text.contains("onverwacht"));
    }

    @Test
    void a_funder_finds_the_project_and_filters_on_the_amount_missing_while_an_applicant_may_not_enter() {
        login(funder);
        navigate("funder/marketplace");
        _get(MarketplaceView.class);
        assertThat(listed()).filteredOn(item -> item.applicationId() == seeking).singleElement().satisfies(item -> {
            assertThat(item.missing()).isEqualByComparingTo("16000");
            assertThat(item.targetGroups()).isEqualTo("Ouderen en alleenstaanden");
        });
        _click(_get(Button.class, spec -> spec.withId("marketplace-filter-button")));
        _get(DecimalField.class, spec -> spec.withId("marketplace-minimum")).setValue(new BigDecimal("16000.01"));
        assertThat(listed()).extracting(MarketplaceRow::applicationId).doesNotContain(seeking);
        _get(DecimalField.class, spec -> spec.withId("marketplace-minimum")).setValue(new BigDecimal("16000"));
        assertThat(listed()).extracting(MarketplaceRow::applicationId).contains(seeking);

        // nothing on offer: the words that say so (built only then), not an empty grid; gone again with rows
        navigate("funder/marketplace");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("marketplace-empty")))
                .as("a list with rows holds no empty-state text").isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("marketplace-chips")))
                .as("an unfiltered list holds no chip row").isEmpty();
        navigate("funder/marketplace?minimum=999999999999");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("marketplace-empty")).isVisible()).isTrue();
        assertThat(_find(Grid.class, spec -> spec.withId("marketplace-grid"))).as("no empty grid shown").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("marketplace-chip-minimum")));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("marketplace-empty"))).as("hidden").isEmpty();
        assertThat(listed()).extracting(MarketplaceRow::applicationId).contains(seeking);

        logout();
        login(applicant);
        navigate("funder/marketplace");
        assertThat(_find(MarketplaceView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class).size() + _find(NotFoundView.class).size()).isEqualTo(1);
    }

    @Test
    void the_filter_panel_is_built_only_when_opened_a_filter_survives_a_reload_and_the_funders_columns_are_remembered() {
        login(funder);
        navigate("funder/marketplace");
        assertThat(_find(DecimalField.class, spec -> spec.withId("marketplace-minimum"))).as("no filter fields yet").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<MarketplaceRow> grid = _get(Grid.class, spec -> spec.withId("marketplace-grid"));
        assertThat(grid.getColumns()).extracting(Grid.Column::getKey).containsExactly("project", "status", "missing", "facility");
        int row = listed().stream().map(MarketplaceRow::applicationId).toList().indexOf(seeking);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, row, "project"))
                .as("reference, title and organisation in one cell").contains("Vereniging Markt");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, row, "status")).isEqualTo("Ingediend");

        // a bookmarked or reloaded address: a fresh view, the filter from the URL as a chip, the panel not built
        navigate("funder/projects");
        navigate("funder/marketplace?minimum=16000.01&facility=NONSENSE");
        assertThat(listed()).extracting(MarketplaceRow::applicationId).doesNotContain(seeking);
        assertThat(_get(Button.class, spec -> spec.withId("marketplace-chip-minimum")).getText()).startsWith("Ontbreekt minstens: €");
        assertThat(_find(Button.class, spec -> spec.withId("marketplace-chip-facility"))).as("unreadable: left out").isEmpty();
        assertThat(_find(DecimalField.class, spec -> spec.withId("marketplace-minimum"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("marketplace-filter-button")));
        assertThat(_get(DecimalField.class, spec -> spec.withId("marketplace-minimum")).getValue()).isEqualByComparingTo("16000.01");
        _click(_get(Button.class, spec -> spec.withId("marketplace-chip-minimum")));
        assertThat(listed()).extracting(MarketplaceRow::applicationId).contains(seeking);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString()).isEmpty();
        assertThat(_get(DecimalField.class, spec -> spec.withId("marketplace-minimum")).getValue()).isNull();

        // issue 20 item 3 (mem23): the choice is the "Kolommen" section of the filter panel (open here), applied at once
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withId("marketplace-column-choice"));
        choice.setValue(java.util.Set.of("missing", "visitors"));
        assertThat(_get(Grid.class, spec -> spec.withId("marketplace-grid")).getColumns()).extracting(c -> ((Grid.Column<?>) c).getKey())
                .as("at once").containsExactly("project", "status", "missing", "visitors");
        navigate("funder/projects");
        logout();
        login(funder);
        navigate("funder/marketplace");
        @SuppressWarnings("unchecked")
        Grid<MarketplaceRow> again = _get(Grid.class, spec -> spec.withId("marketplace-grid"));
        assertThat(again.getColumns()).extracting(Grid.Column::getKey).as("remembered")
                .containsExactly("project", "status", "missing", "visitors");
    }

    @Test
    void a_funder_switched_off_while_signed_in_is_told_so_on_every_funder_page_and_can_sign_out() {
        login(funder);
        navigate("funder/marketplace");
        _get(MarketplaceView.class);
        // an administrator switches the funder off while its user is still signed in
        jdbc.sql("update funder set active = false where id = (select funder_id from app_user where lower(email) = lower(?))")
                .param(funder).update();
        for (String page : List.of("funder/marketplace", "funder/projects", "funder/projects/" + seeking)) {
            navigate(page);
            assertThat(_find(FunderNotActiveView.class)).as(page).hasSize(1);
            assertThat(_find(nl.gemeenschapsfonds.base.ui.ErrorView.class)).as(page).isEmpty();
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText())
                    .isEqualTo("Uw organisatie is (nog) niet actief als financier. Een beheerder moet haar eerst activeren.");
        }
        assertThat(_get(Button.class, spec -> spec.withId("funder-inactive-sign-out")).getText()).isEqualTo("Afmelden");
    }

    @Test
    void a_pledge_amount_that_is_no_number_is_refused_at_the_field_and_kept() {
        login(funder);
        navigate("funder/projects/" + seeking);
        DecimalField amount = _get(DecimalField.class, spec -> spec.withId("pledge-amount"));
        nl.gemeenschapsfonds.test.Typing.type(amount, "abc");
        _click(_get(Button.class, spec -> spec.withId("pledge-submit")));
        amount = _get(DecimalField.class, spec -> spec.withId("pledge-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Vul een getal in met alleen cijfers, zoals 12500 of 12.500,50");
        assertThat(amount.getText()).isEqualTo("abc");
        assertThat(notificationTexts()).doesNotContain("Uw toezegging is vastgelegd; de aanvrager krijgt bericht.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refused_pledge_shows_the_messages_at_the_fields_and_keeps_the_input_then_the_pledge_goes_through() {
        login(funder);
        navigate("funder/projects/" + seeking);
        _get(FunderProjectView.class);
        assertThat(_get(Span.class, spec -> spec.withId("funder-project-missing")).getText())
                .isEqualTo(Formats.money(new BigDecimal("16000"), java.util.Locale.of("nl", "NL")));

        _get(RadioButtonGroup.class, spec -> spec.withId("pledge-kind")).setValue(PledgeKind.IN_KIND);
        _get(TextArea.class, spec -> spec.withId("pledge-conditions")).setValue("Logo op de website");
        _click(_get(Button.class, spec -> spec.withId("pledge-submit")));

        DecimalField amountField = _get(DecimalField.class, spec -> spec.withId("pledge-amount"));
        TextArea description = _get(TextArea.class, spec -> spec.withId("pledge-description"));
        assertThat(amountField.isInvalid()).isTrue();
        assertThat(amountField.getErrorMessage()).isEqualTo("Vul een bedrag groter dan nul in.");
        assertThat(description.isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("pledge-conditions")).getValue()).isEqualTo("Logo op de website");
        assertThat((Object) _get(Select.class, spec -> spec.withId("pledge-year")).getValue()).isEqualTo(2027);

        amountField.setValue(new BigDecimal("6000"));
        description.setValue("Verbouwing door eigen vakmensen");
        _click(_get(Button.class, spec -> spec.withId("pledge-submit")));

        assertThat(notificationTexts()).contains("Uw toezegging is vastgelegd; de aanvrager krijgt bericht.");
        assertThat(_get(Span.class, spec -> spec.withId("funder-project-missing")).getText())
                .as("a pledge not yet confirmed does not close the gap")
                .isEqualTo(Formats.money(new BigDecimal("16000"), java.util.Locale.of("nl", "NL")));
        long pledgeId = jdbc.sql("select id from pledge where application_id = ?").param(seeking).query(Long.class).single();
        _click(_get(Button.class, spec -> spec.withId("pledge-confirm-" + pledgeId)));
        assertThat(status(pledgeId)).isEqualTo(PledgeStatus.CONFIRMED.name());
        assertThat(_get(Span.class, spec -> spec.withId("funder-project-missing")).getText())
                .isEqualTo(Formats.money(new BigDecimal("10000"), java.util.Locale.of("nl", "NL")));
        assertThat(_find(Button.class, spec -> spec.withId("pledge-confirm-" + pledgeId))).isEmpty();

        // the applicant sees the pledge, with its conditions, and records the value received
        logout();
        login(applicant);
        navigate("applications/" + seeking);
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("pledges-panel"));
        DatePicker receivedOn = _get(DatePicker.class, spec -> spec.withId("applicant-pledge-received-on-" + pledgeId));
        receivedOn.setValue(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        _get(DecimalField.class, spec -> spec.withId("applicant-pledge-received-amount-" + pledgeId)).setValue(new BigDecimal("5500"));
        _click(_get(Button.class, spec -> spec.withId("applicant-pledge-record-" + pledgeId)));
        assertThat(status(pledgeId)).isEqualTo(PledgeStatus.RECEIVED.name());
        assertThat(_find(Button.class, spec -> spec.withId("applicant-pledge-record-" + pledgeId))).isEmpty();
    }

    @Test
    void the_decision_maker_sees_each_rule_met_or_not_on_the_confirmed_pledges() throws Exception {
        long id = authorities.as(funder, () -> _pledge(seeking, "16000"));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(seeking));
        applications.assess(staff, seeking);
        login(staff.decisionMaker());
        navigate("review/" + seeking);
        UnorderedList rules = _get(UnorderedList.class, spec -> spec.withId("pledge-rules-results"));
        assertThat(rules.getElement().getTextRecursively()).startsWith("Niet voldaan");
        assertThat(_get(PledgeRulesSection.class).getElement().getTextRecursively()).contains("Toegezegd");

        authorities.as(funder, () -> confirmPledge(id));
        navigate("work-queue");
        navigate("review/" + seeking);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("pledge-rules-results")).getElement().getTextRecursively())
                .startsWith("Voldaan");
    }

    @Test
    void a_reviewer_verifies_a_received_pledge_on_a_granted_application() throws Exception {
        authorities.as(staff.reviewer(), () -> intake.completeIntake(seeking));
        applications.assess(staff, seeking);
        applications.decide(staff, seeking, new java.util.TreeMap<>(Map.of(2027, amount("40000"))));
        long id = authorities.as(funder, () -> _pledge(seeking, "16000"));
        authorities.as(funder, () -> confirmPledge(id));
        authorities.as(applicant, () -> pledges.recordReceipt(id, version(id), LocalDate.ofInstant(clock.instant(), Formats.ZONE),
                amount("16000")));
        login(staff.reviewer());
        navigate("review/" + seeking);
        assertThat(_find(Button.class, spec -> spec.withId("pledge-verify-" + id))).as("not before the funder confirmed").isEmpty();

        authorities.as(funder, () -> pledges.confirmReceipt(id, version(id)));
        navigate("work-queue");
        navigate("review/" + seeking);
        _click(_get(Button.class, spec -> spec.withId("pledge-verify-" + id)));
        assertThat(status(id)).isEqualTo(PledgeStatus.VERIFIED.name());
        assertThat(notificationTexts()).contains("De toezegging is gecontroleerd; aanvrager en financier krijgen bericht.");
    }

    private long version(long id) {
        return jdbc.sql("select version from pledge where id = ?").param(id).query(Long.class).single();
    }

    @Autowired
    nl.gemeenschapsfonds.cofinancing.PledgeService pledges;

    private long _pledge(long applicationId, String euros) {
        return pledges.pledge(new nl.gemeenschapsfonds.cofinancing.PledgeForm(applicationId, 2027, amount(euros), PledgeKind.CASH,
                null, null));
    }

    private void confirmPledge(long id) {
        long version = pledges.myPledges().stream().filter(p -> p.id() == id).findFirst().orElseThrow().version();
        pledges.confirm(id, version, null);
    }

    private String status(long pledgeId) {
        return jdbc.sql("select status from pledge where id = ?").param(pledgeId).query(String.class).single();
    }
}
