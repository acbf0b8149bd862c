package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundListItem;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FundEditorViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    FundService funds;

    @Autowired
    CallService calls;

    private Staff staff;

    @BeforeEach
    void admin() {
        staff = authorities.newAuthority("Gemeente Fondstest");
        login(staff.admin());
    }

    @Test
    void an_administrator_creates_a_fund_with_a_budget_per_year() throws Exception {
        navigate("funds");
        _click(_get(Button.class, spec -> spec.withId("new-fund")));
        _get(TextField.class, spec -> spec.withId("fund-name")).setValue("Dorpshuizenfonds");
        _click(_get(Button.class, spec -> spec.withId("fund-budgets-add")));
        _find(WholeNumberField.class, spec -> spec.withLabel("Jaar")).getLast().setValue(2027);
        _find(DecimalField.class, spec -> spec.withLabel("Budget")).getLast().setValue(new BigDecimal("750000"));
        _click(_get(Button.class, spec -> spec.withId("fund-budgets-add")));
        _find(DecimalField.class, spec -> spec.withLabel("Budget")).getLast().setValue(new BigDecimal("250000.50"));
        _click(_get(Button.class, spec -> spec.withId("fund-save")));

        List<FundListItem> mine = authorities.as(staff.admin(), () -> funds.fundsOfMyAuthority());
        assertThat(mine).singleElement().satisfies(fund -> {
            assertThat(fund.name()).isEqualTo("Dorpshuizenfonds");
            assertThat(fund.yearBudgets()).containsEntry(2027, new BigDecimal("750000.00"))
                    .containsEntry(2028, new BigDecimal("250000.50"));
        });
        _get(FundsView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("funds-grid")))).isEqualTo(1);
        // walk13 (issue 13): the fund over its total and calls in one two-line cell, so the columns fit at 1280 px
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("funds-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "fund").getChildren()
                .map(line -> line.getElement().getText()).toList())
                .containsExactly("Dorpshuizenfonds", "Totaal € 1.000.000,50 · 0 regeling(en)");
    }

    @Test
    void an_empty_name_and_a_missing_amount_are_reported_at_their_fields() {
        navigate("funds/new");
        _click(_get(Button.class, spec -> spec.withId("fund-budgets-add")));
        _click(_get(Button.class, spec -> spec.withId("fund-save")));
        DecimalField amount = _find(DecimalField.class, spec -> spec.withLabel("Budget")).getLast();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Vul een bedrag in");

        amount.setValue(new BigDecimal("1000"));
        _click(_get(Button.class, spec -> spec.withId("fund-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("fund-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Vul dit veld in");
        assertThat(amount.getValue()).isEqualByComparingTo("1000");
    }

    @Test
    void a_year_budget_cannot_drop_below_what_calls_reserved() throws Exception {
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Krap fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("100000.00"))))));
        authorities.as(staff.admin(), () -> calls.save(new CallData(null, 0, fund, null, "R", "C", null, null,
                EnumSet.of(FacilityType.VILLAGE_SHOP), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), false,
                nl.gemeenschapsfonds.fund.AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6,
                new TreeMap<>(Map.of(2027, new BigDecimal("80000.00"))), List.of())));
        navigate("funds/" + fund);
        _find(DecimalField.class, spec -> spec.withLabel("Budget")).getFirst().setValue(new BigDecimal("79999"));
        _click(_get(Button.class, spec -> spec.withId("fund-save")));
        assertThat(_get(YearAmountsEditor.class).getErrorMessage())
                .isEqualTo("Het budget voor 2027 kan niet lager worden dan wat regelingen al hebben gereserveerd: € 80.000,00.");
        assertThat(authorities.as(staff.admin(), () -> funds.fund(fund)).budgets()).containsEntry(2027, new BigDecimal("100000.00"));
    }

    @Test
    void the_administrator_sets_the_funds_paying_account_and_a_bad_iban_is_said_at_the_field_with_nothing_lost() throws Exception {
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Betaalfonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("100000.00"))))));
        navigate("funds/" + fund);
        TextField payerName = _get(TextField.class, spec -> spec.withId("fund-payer-name"));
        TextField payerIban = _get(TextField.class, spec -> spec.withId("fund-payer-iban"));
        TextField payerBic = _get(TextField.class, spec -> spec.withId("fund-payer-bic"));
        assertThat(payerName.getValue()).as("proposed: the municipality's legal name").startsWith("Gemeente Fondstest");
        assertThat(payerIban.getValue()).as("no built-in account").isEmpty();

        _get(TextField.class, spec -> spec.withId("fund-name")).setValue("Betaalfonds Noord");
        payerIban.setValue("NL35 BNGH 0285 1678 91");
        payerBic.setValue("BNGHNL2G");
        _click(_get(Button.class, spec -> spec.withId("fund-save")));

        assertThat(payerIban.isInvalid()).isTrue();
        assertThat(payerIban.getErrorMessage()).isEqualTo("Dit is geen geldig IBAN; controleer het nummer.");
        assertThat(payerIban.getValue()).isEqualTo("NL35 BNGH 0285 1678 91");
        assertThat(_get(TextField.class, spec -> spec.withId("fund-name")).getValue()).isEqualTo("Betaalfonds Noord");
        assertThat(_find(DecimalField.class, spec -> spec.withLabel("Budget")).getFirst().getValue()).isEqualByComparingTo("100000");
        assertThat(authorities.as(staff.admin(), () -> funds.fund(fund)).name()).as("nothing saved").isEqualTo("Betaalfonds");
        assertThat(authorities.as(staff.admin(), () -> funds.payingAccount(fund))).isEmpty();

        payerIban.setValue("NL35 BNGH 0285 1678 90");
        payerBic.setValue("bnghnl2");
        _click(_get(Button.class, spec -> spec.withId("fund-save")));
        assertThat(payerBic.isInvalid()).isTrue();
        assertThat(payerBic.getErrorMessage()).isEqualTo("Vul een BIC in van 8 of 11 tekens, zoals BNGHNL2G.");

        payerBic.setValue("bnghnl2g");
        _click(_get(Button.class, spec -> spec.withId("fund-save")));
        _get(FundsView.class);
        assertThat(authorities.as(staff.admin(), () -> funds.payingAccount(fund))).hasValueSatisfying(account -> {
            assertThat(account.name()).startsWith("Gemeente Fondstest");
            assertThat(account.iban()).isEqualTo("NL35BNGH0285167890");
            assertThat(account.bic()).isEqualTo("BNGHNL2G");
        });
    }

    @Test
    void a_fund_id_that_is_no_number_or_of_another_authority_ends_on_the_not_found_page() throws Exception {
        Staff other = authorities.newAuthority("Gemeente Anderfonds");
        long theirs = authorities.as(other.admin(), () -> funds.save(new FundData(null, 0, "Hun fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("1000"))))));

        navigate("funds/" + theirs);
        _get(NotFoundView.class);
        assertThat(_find(FundEditorView.class)).isEmpty();

        navigate("funds/abc");
        _get(NotFoundView.class);

        navigate("funds/new");
        assertThat(_get(TextField.class, spec -> spec.withId("fund-name")).getValue()).isEmpty();
    }
}
