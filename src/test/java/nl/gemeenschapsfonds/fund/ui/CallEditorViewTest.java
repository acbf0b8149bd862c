package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.login.LoginForm;
import nl.gemeenschapsfonds.base.ui.DateTyping;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.AccessDeniedView;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CallStatus;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.test.DemoUsers;
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
import java.util.Set;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The call editor as a fund administrator uses it: messages at the field, nothing typed lost. */
class CallEditorViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    FundService funds;

    @Autowired
    CallService calls;

    @Autowired
    BudgetLedger ledger;

    private Staff staff;
    private long fund;

    @BeforeEach
    void fundWithBudget() throws Exception {
        staff = authorities.newAuthority("Gemeente Editortest");
        fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Editorfonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("500000.00"), 2028, new BigDecimal("300000.00"))))));
        login(staff.admin());
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private void fillValidCall(String title) {
        field(TextField.class, "call-titleNl").setValue(title);
        field(TextField.class, "call-titleEn").setValue(title + " (en)");
        ((CheckboxGroup<FacilityType>) field(CheckboxGroup.class, "call-facilityTypes")).setValue(Set.of(FacilityType.VILLAGE_SHOP));
        field(DatePicker.class, "call-openDate").setValue(LocalDate.of(2027, 1, 1));
        field(DatePicker.class, "call-closeDate").setValue(LocalDate.of(2027, 4, 30));
        field(DecimalField.class, "call-maxGrant").setValue(new BigDecimal("50000"));
        _click(field(Button.class, "call-ceilings-add"));
        List<WholeNumberField> years = _find(WholeNumberField.class, spec -> spec.withLabel("Jaar"));
        years.getLast().setValue(2027);
        List<DecimalField> amounts = _find(DecimalField.class, spec -> spec.withLabel("Plafond"));
        amounts.getLast().setValue(new BigDecimal("200000"));
    }

    @Test
    void a_new_call_is_saved_published_and_its_ceiling_reserved_in_the_ledger() throws Exception {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Dorpswinkels 2027");
        _click(field(Button.class, "call-publish"));

        assertThat(notificationTexts()).contains("De regeling is gepubliceerd.");
        CallData saved = authorities.as(staff.admin(), () -> calls.callsOfMyAuthority().stream()
                .filter(c -> c.titleNl().equals("Dorpswinkels 2027")).findFirst()
                .map(c -> calls.call(c.id())).orElseThrow());
        assertThat(saved.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(saved.ceilings()).containsEntry(2027, new BigDecimal("200000.00"));
        assertThat(authorities.as(staff.admin(), () -> ledger.fundBalances(fund)).getFirst().reserved())
                .isEqualByComparingTo("200000.00");
        assertThat(field(com.vaadin.flow.component.html.Span.class, "call-status").getText()).isEqualTo("Gepubliceerd");
    }

    @Test
    void a_maximum_grant_that_is_no_number_is_refused_at_the_field_and_kept() throws Exception {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Typefouten");
        DecimalField maxGrant = field(DecimalField.class, "call-maxGrant");
        nl.gemeenschapsfonds.test.Typing.type(maxGrant, "50k");
        DecimalField share = field(DecimalField.class, "call-minPrivateShare");
        nl.gemeenschapsfonds.test.Typing.type(share, "20 procent");
        _click(field(Button.class, "call-save"));
        maxGrant = field(DecimalField.class, "call-maxGrant");
        assertThat(maxGrant.isInvalid()).isTrue();
        assertThat(maxGrant.getErrorMessage()).isEqualTo("Vul een getal in met alleen cijfers, zoals 12500 of 12.500,50");
        assertThat(share.getErrorMessage()).as("a percentage: no money example").isEqualTo("Vul een getal in met alleen cijfers, zoals 15 of 12,5");
        assertThat(share.getText()).isEqualTo("20 procent");
        assertThat(maxGrant.getText()).isEqualTo("50k");
        assertThat(authorities.as(staff.admin(), () -> calls.callsOfMyAuthority()).stream()
                .noneMatch(c -> c.titleNl().equals("Typefouten"))).as("nothing saved on a misread amount").isTrue();
    }

    @Test
    void an_opening_date_that_cannot_be_read_is_said_at_the_field_not_called_empty_and_the_text_is_kept() throws Exception {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Datumfout");
        DatePicker openDate = field(DatePicker.class, "call-openDate");
        DateTyping.typeUnreadable(openDate, "31-02-20x");
        _click(field(Button.class, "call-save"));

        assertThat(openDate.isInvalid()).isTrue();
        assertThat(openDate.getErrorMessage()).as("not \"Vul dit veld in\": something was typed")
                .isEqualTo("Deze datum is niet te lezen; schrijf hem als dd-mm-jjjj.");
        assertThat(DateTyping.shownText(openDate)).as("what was typed is kept").isEqualTo("31-02-20x");
        assertThat(field(TextField.class, "call-titleNl").getValue()).isEqualTo("Datumfout");
        assertThat(authorities.as(staff.admin(), () -> calls.callsOfMyAuthority()).stream()
                .noneMatch(c -> c.titleNl().equals("Datumfout"))).as("nothing saved on a misread date").isTrue();

        // left empty it is required; typed wrongly after that it says so, not the earlier "Vul dit veld in"
        openDate.setValue(null);
        _click(field(Button.class, "call-save"));
        assertThat(openDate.getErrorMessage()).isEqualTo("Vul dit veld in");
        DateTyping.typeUnreadable(openDate, "1 jan");
        assertThat(openDate.getErrorMessage()).as("while typing").isEqualTo("Deze datum is niet te lezen; schrijf hem als dd-mm-jjjj.");
        _click(field(Button.class, "call-save"));
        assertThat(openDate.getErrorMessage()).as("after saving").isEqualTo("Deze datum is niet te lezen; schrijf hem als dd-mm-jjjj.");
        assertThat(DateTyping.shownText(openDate)).isEqualTo("1 jan");

        // read at last: saved
        openDate.setValue(LocalDate.of(2027, 1, 1));
        _click(field(Button.class, "call-save"));
        assertThat(openDate.isInvalid()).as("%s; %s", openDate.getErrorMessage(), notificationTexts()).isFalse();
        assertThat(authorities.as(staff.admin(), () -> calls.callsOfMyAuthority()).stream()
                .anyMatch(c -> c.titleNl().equals("Datumfout"))).isTrue();
    }

    @Test
    void in_english_an_opening_date_that_cannot_be_read_is_said_in_english_at_the_field() throws Exception {
        useEnglish();
        navigate("calls/new?fund=" + fund);
        DatePicker openDate = field(DatePicker.class, "call-openDate");
        DateTyping.typeUnreadable(openDate, "02/31/2027");
        _click(field(Button.class, "call-save"));

        assertThat(openDate.isInvalid()).isTrue();
        assertThat(openDate.getErrorMessage()).isEqualTo("This date cannot be read; write it as dd/mm/yyyy.");
        assertThat(DateTyping.shownText(openDate)).isEqualTo("02/31/2027");
        assertThat(field(TextField.class, "call-titleNl").getErrorMessage()).as("the empty title is marked at the same time")
                .isEqualTo("Fill in this field");
    }

    @Test
    void the_settlement_settings_are_saved_and_a_negative_amount_is_refused_at_its_field() throws Exception {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Kleine subsidies");
        field(DecimalField.class, "call-settleAtOnceUpTo").setValue(new BigDecimal("-1"));
        field(nl.gemeenschapsfonds.base.ui.WholeNumberField.class, "call-finalReportWeeks").setValue(8);
        field(DecimalField.class, "call-accountantStatementAbove").setValue(new BigDecimal("125000"));
        _click(field(Button.class, "call-save"));
        DecimalField atOnce = field(DecimalField.class, "call-settleAtOnceUpTo");
        assertThat(atOnce.isInvalid()).isTrue();
        assertThat(atOnce.getErrorMessage()).isEqualTo("Vul een bedrag van nul of meer in");

        atOnce.setValue(new BigDecimal("5000"));
        _click(field(Button.class, "call-save"));

        CallData saved = authorities.as(staff.admin(), () -> calls.callsOfMyAuthority().stream()
                .filter(c -> c.titleNl().equals("Kleine subsidies")).findFirst()
                .map(c -> calls.call(c.id())).orElseThrow());
        assertThat(saved.settleAtOnceUpTo()).isEqualByComparingTo("5000");
        assertThat(saved.finalReportWeeks()).isEqualTo(8);
        assertThat(saved.accountantStatementAbove()).isEqualByComparingTo("125000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_saved_call_opens_with_every_setting_in_its_field() throws Exception {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Rondom het dorp");
        field(TextArea.class, "call-descriptionEn").setValue("Around the village");
        field(com.vaadin.flow.component.checkbox.Checkbox.class, "call-rollingIntake").setValue(true);
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("20"));
        field(com.vaadin.flow.component.checkbox.Checkbox.class, "call-grantMaxMunicipal").setValue(true);
        field(nl.gemeenschapsfonds.base.ui.WholeNumberField.class, "call-objectionWeeks").setValue(8);
        _click(field(Button.class, "call-save"));
        long id = authorities.as(staff.admin(), () -> calls.callsOfMyAuthority().stream()
                .filter(c -> c.titleNl().equals("Rondom het dorp")).findFirst().orElseThrow().id());

        navigate("calls/" + id);

        assertThat(field(TextField.class, "call-titleEn").getValue()).isEqualTo("Rondom het dorp (en)");
        assertThat(field(TextArea.class, "call-descriptionEn").getValue()).isEqualTo("Around the village");
        assertThat(((CheckboxGroup<FacilityType>) field(CheckboxGroup.class, "call-facilityTypes")).getValue())
                .containsExactly(FacilityType.VILLAGE_SHOP);
        assertThat(field(com.vaadin.flow.component.checkbox.Checkbox.class, "call-rollingIntake").getValue()).isTrue();
        assertThat(field(DatePicker.class, "call-closeDate").isEnabled()).isFalse();
        assertThat(field(DecimalField.class, "call-maxGrant").getValue()).isEqualByComparingTo("50000");
        assertThat(field(DecimalField.class, "call-minPrivateShare").getValue()).isEqualByComparingTo("20");
        assertThat(field(com.vaadin.flow.component.checkbox.Checkbox.class, "call-grantMaxMunicipal").getValue()).isTrue();
        assertThat(field(nl.gemeenschapsfonds.base.ui.WholeNumberField.class, "call-objectionWeeks").getValue()).isEqualTo(8);
    }

    @Test
    void a_closing_date_before_the_opening_date_is_reported_at_the_field_and_nothing_is_lost() {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Verkeerde data");
        field(DatePicker.class, "call-closeDate").setValue(LocalDate.of(2026, 12, 1));
        _click(field(Button.class, "call-save"));

        DatePicker close = field(DatePicker.class, "call-closeDate");
        assertThat(close.isInvalid()).isTrue();
        assertThat(close.getErrorMessage()).isEqualTo("De sluitingsdatum ligt voor de openingsdatum");
        assertThat(field(TextField.class, "call-titleNl").getValue()).isEqualTo("Verkeerde data");
        assertThat(close.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(field(DecimalField.class, "call-maxGrant").getValue()).isEqualByComparingTo("50000");
    }

    @Test
    void a_ceiling_above_the_funds_budget_is_refused_with_what_is_still_free() {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Te groot plafond");
        _find(DecimalField.class, spec -> spec.withLabel("Plafond")).getLast().setValue(new BigDecimal("500000.01"));
        _click(field(Button.class, "call-save"));

        YearAmountsEditor ceilings = _get(YearAmountsEditor.class);
        assertThat(ceilings.isInvalid()).isTrue();
        assertThat(ceilings.getErrorMessage()).isEqualTo(
                "Het plafond voor 2027 past niet in het budget van het fonds: er is nog € 500.000,00 vrij voor deze regeling");
        assertThat(_find(DecimalField.class, spec -> spec.withLabel("Plafond")).getLast().getValue())
                .isEqualByComparingTo("500000.01");
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_reported_at_the_criteria() {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Rangschikking");
        _click(field(Button.class, "call-criteria-add"));
        _find(TextField.class, spec -> spec.withLabel("Naam (Nederlands)")).getLast().setValue("Bereik");
        _find(TextField.class, spec -> spec.withLabel("Naam (Engels)")).getLast().setValue("Reach");
        _find(DecimalField.class, spec -> spec.withLabel("Gewicht")).getLast().setValue(new BigDecimal("60"));
        assertThat(field(com.vaadin.flow.component.html.Span.class, "call-criteria-total").getText()).isEqualTo("Totaal gewicht: 60%");
        _click(field(Button.class, "call-save"));

        CriteriaEditor criteria = _get(CriteriaEditor.class);
        assertThat(criteria.isInvalid()).isTrue();
        assertThat(criteria.getErrorMessage()).isEqualTo("De gewichten tellen op tot 60%, dat moet 100% zijn");
    }

    @Test
    void a_published_ceiling_cannot_be_lowered_below_what_is_granted() throws Exception {
        long call = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, "Gepubliceerd", "Published", null, null,
                    EnumSet.of(FacilityType.COMMUNITY_CENTRE), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), false,
                    nl.gemeenschapsfonds.fund.AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6,
                    new TreeMap<>(Map.of(2027, new BigDecimal("100000.00"))), List.of()));
            calls.publish(id);
            return id;
        });
        authorities.as(staff.decisionMaker(), () -> ledger.commit(call, null,
                new TreeMap<>(Map.of(2027, new BigDecimal("70000.00"))), "grant"));

        navigate("calls/" + call);
        _find(DecimalField.class, spec -> spec.withLabel("Plafond")).getFirst().setValue(new BigDecimal("69999.99"));
        _click(field(Button.class, "call-save"));

        assertThat(_get(YearAmountsEditor.class).getErrorMessage())
                .isEqualTo("Het plafond voor 2027 kan niet lager dan wat al is verleend: € 70.000,00");
        _find(DecimalField.class, spec -> spec.withLabel("Plafond")).getFirst().setValue(new BigDecimal("70000"));
        _click(field(Button.class, "call-save"));
        assertThat(notificationTexts()).contains("De regeling is opgeslagen.");
    }

    @Test
    void saving_after_someone_else_saved_tells_so_and_keeps_the_input() throws Exception {
        long call = authorities.as(staff.admin(), () -> calls.save(new CallData(null, 0, fund, null, "Origineel", "Original",
                null, null, EnumSet.of(FacilityType.COMMUNITY_CENTRE), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), false,
                nl.gemeenschapsfonds.fund.AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6,
                new TreeMap<>(), List.of())));
        navigate("calls/" + call);
        field(TextField.class, "call-titleNl").setValue("Mijn wijziging");

        authorities.as(staff.admin(), () -> {
            CallData other = calls.call(call);
            calls.save(new CallData(other.id(), other.version(), other.fundId(), other.status(), "Wijziging van een collega",
                    other.titleEn(), null, null, other.facilityTypes(), other.openDate(), other.closeDate(), false,
                    other.allocationMethod(), null, null, null, null, false, 8, 6, other.ceilings(), other.criteria()));
        });
        login(staff.admin());
        _click(field(Button.class, "call-save"));

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Iemand anders heeft dit intussen gewijzigd"));
        assertThat(field(TextField.class, "call-titleNl").getValue()).isEqualTo("Mijn wijziging");
    }

    @Test
    void the_editor_is_for_administrators_of_the_calls_own_authority_only() throws Exception {
        long call = authorities.as(staff.admin(), () -> calls.save(new CallData(null, 0, fund, null, "Van mij", "Mine",
                null, null, EnumSet.of(FacilityType.COMMUNITY_CENTRE), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), false,
                nl.gemeenschapsfonds.fund.AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6, new TreeMap<>(), List.of())));

        logout();
        navigate("calls/" + call);
        _get(LoginForm.class);

        login(staff.reviewer());
        navigate("calls/" + call);
        _get(AccessDeniedView.class);

        login(DemoUsers.ADMIN);
        navigate("calls/" + call);
        _get(NotFoundView.class);
        assertThat(_find(CallEditorView.class)).isEmpty();

        login(staff.admin());
        navigate("calls/" + call);
        assertThat(field(TextField.class, "call-titleNl").getValue()).isEqualTo("Van mij");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("calls/" + call);
    }

    @Test
    void a_new_call_without_a_fund_or_with_a_word_for_an_id_ends_on_the_not_found_page() {
        navigate("calls/new");
        _get(NotFoundView.class);
        assertThat(_find(CallEditorView.class)).isEmpty();

        navigate("calls/new?fund=abc");
        _get(NotFoundView.class);

        navigate("calls/abc");
        _get(NotFoundView.class);

        navigate("calls/new?fund=" + fund);
        assertThat(field(TextField.class, "call-titleNl").getValue()).isEmpty();
    }
}
