package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator sets which private sources a call's minimum counts (issue 13). */
class CallRulesEditorViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired FundService funds;
    @Autowired CallService calls;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Staff staff;
    private long fund;

    @BeforeEach
    void fundWithBudget() throws Exception {
        staff = authorities.newAuthority("Gemeente Bronnentest");
        fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Bronnenfonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("500000.00"))))));
        login(staff.admin());
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<CoFinancingSource> counts() {
        return field(CheckboxGroup.class, "call-privateShareCounts");
    }

    @SuppressWarnings("unchecked")
    private void fillValidCall(String title) {
        field(TextField.class, "call-titleNl").setValue(title);
        field(TextField.class, "call-titleEn").setValue(title + " (en)");
        ((CheckboxGroup<FacilityType>) field(CheckboxGroup.class, "call-facilityTypes")).setValue(Set.of(FacilityType.VILLAGE_SHOP));
        field(DatePicker.class, "call-openDate").setValue(LocalDate.of(2027, 1, 1));
        field(DatePicker.class, "call-closeDate").setValue(LocalDate.of(2027, 4, 30));
        _click(field(Button.class, "call-ceilings-add"));
        List<WholeNumberField> years = _find(WholeNumberField.class, spec -> spec.withLabel("Jaar"));
        years.getLast().setValue(2027);
        _find(DecimalField.class, spec -> spec.withLabel("Plafond")).getLast().setValue(new BigDecimal("200000"));
    }

    private CallData saved(String title) throws Exception {
        return authorities.as(staff.admin(), () -> calls.callsOfMyAuthority().stream()
                .filter(c -> c.titleNl().equals(title)).findFirst().map(c -> calls.call(c.id())).orElseThrow());
    }

    @Test
    void a_new_call_counts_private_funders_only_and_names_the_sources_in_the_overviews_words() {
        navigate("calls/new?fund=" + fund);
        CheckboxGroup<CoFinancingSource> counts = counts();
        assertThat(counts.getValue()).containsExactly(CoFinancingSource.PRIVATE_FUNDERS);
        assertThat(counts.getListDataView().getItems().map(counts.getItemLabelGenerator()).toList())
                .containsExactly("Private financiers", "Eigen middelen", "In natura");
    }

    @Test
    void the_administrator_chooses_what_counts_and_it_is_kept() throws Exception {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Bronnen 2027");
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("20"));
        counts().setValue(Set.of(CoFinancingSource.PRIVATE_FUNDERS, CoFinancingSource.OWN_FUNDS));
        _click(field(Button.class, "call-save"));

        assertThat(saved("Bronnen 2027").privateShareCounts())
                .containsExactlyInAnyOrder(CoFinancingSource.PRIVATE_FUNDERS, CoFinancingSource.OWN_FUNDS);
        navigate("calls/" + saved("Bronnen 2027").id());
        assertThat(counts().getValue()).containsExactlyInAnyOrder(CoFinancingSource.PRIVATE_FUNDERS, CoFinancingSource.OWN_FUNDS);
    }

    @Test
    void a_minimum_without_anything_that_counts_is_refused_at_the_choice_and_the_input_stays() {
        navigate("calls/new?fund=" + fund);
        fillValidCall("Niets telt");
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("20"));
        counts().setValue(Set.of());
        _click(field(Button.class, "call-save"));

        assertThat(counts().isInvalid()).isTrue();
        assertThat(counts().getErrorMessage()).isEqualTo("Kies wat meetelt voor het minimale aandeel private cofinanciering");
        assertThat(field(DecimalField.class, "call-minPrivateShare").getValue()).isEqualByComparingTo("20");
        assertThat(field(TextField.class, "call-titleNl").getValue()).isEqualTo("Niets telt");
    }

    private long publishedCall(String title) throws Exception {
        return authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, title, title + " (en)", null, null,
                    java.util.EnumSet.of(FacilityType.VILLAGE_SHOP), LocalDate.now().minusDays(1), LocalDate.now().plusDays(60),
                    false, nl.gemeenschapsfonds.fund.AllocationMethod.FIRST_COME, new BigDecimal("50000"), new BigDecimal("20"),
                    null, null, false, 8, 6, new TreeMap<>(Map.of(2027, new BigDecimal("100000"))), List.of()));
            calls.publish(id);
            return id;
        });
    }

    @Test
    void after_publication_a_changed_rule_needs_a_reason_at_the_field_and_nothing_typed_is_lost() throws Exception {
        long call = publishedCall("Gepubliceerde bronnen");
        navigate("calls/" + call);
        com.vaadin.flow.component.textfield.TextArea reason = field(com.vaadin.flow.component.textfield.TextArea.class,
                "call-amendmentReason");
        assertThat(reason.isVisible()).isTrue();
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("25"));
        _click(field(Button.class, "call-save"));

        reason = field(com.vaadin.flow.component.textfield.TextArea.class, "call-amendmentReason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Deze regeling is gepubliceerd en u wijzigt iets waarop aanvragers rekenden");
        assertThat(field(DecimalField.class, "call-minPrivateShare").getValue()).isEqualByComparingTo("25");
        assertThat(saved("Gepubliceerde bronnen").minPrivateSharePercent()).isEqualByComparingTo("20");
    }

    @Test
    void a_reason_of_one_character_is_refused_at_the_field_in_dutch_and_english_and_kept() throws Exception {
        long call = publishedCall("Korte reden");
        navigate("calls/" + call);
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("25"));
        field(com.vaadin.flow.component.textfield.TextArea.class, "call-amendmentReason").setValue("x");
        _click(field(Button.class, "call-save"));
        com.vaadin.flow.component.textfield.TextArea reason = field(com.vaadin.flow.component.textfield.TextArea.class,
                "call-amendmentReason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Leg in ten minste 20 tekens uit waarom u de regeling wijzigt; "
                + "aanvragers lezen de reden op de openbare pagina van de regeling.");
        assertThat(reason.getValue()).isEqualTo("x");
        assertThat(saved("Korte reden").minPrivateSharePercent()).isEqualByComparingTo("20");

        useEnglish();
        navigate("calls/" + call);
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("25"));
        field(com.vaadin.flow.component.textfield.TextArea.class, "call-amendmentReason").setValue("x");
        _click(field(Button.class, "call-save"));
        assertThat(field(com.vaadin.flow.component.textfield.TextArea.class, "call-amendmentReason").getErrorMessage())
                .isEqualTo("Explain in at least 20 characters why you change the call; applicants read the reason on the "
                        + "public page of the call.");
    }

    @Test
    void an_explained_amendment_is_saved_audited_and_shown_on_the_public_call_page() throws Exception {
        long call = publishedCall("Gewijzigde regeling");
        navigate("calls/" + call);
        field(DecimalField.class, "call-minPrivateShare").setValue(new BigDecimal("15"));
        field(com.vaadin.flow.component.textfield.TextArea.class, "call-amendmentReason")
                .setValue("De raad heeft het minimum verlaagd.");
        _click(field(Button.class, "call-save"));

        assertThat(notificationTexts()).contains("De regeling is opgeslagen.");
        assertThat(saved("Gewijzigde regeling").minPrivateSharePercent()).isEqualByComparingTo("15");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CALL_AMENDED' and object_id = ?")
                .param(String.valueOf(call)).query(Long.class).single()).isEqualTo(1);

        logout();
        navigate("calls");
        com.vaadin.flow.component.html.Div amendments = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("public-call-" + call + "-amendments"));
        assertThat(amendments.getElement().getTextRecursively())
                .contains("Gewijzigd na publicatie:")
                .contains("Minimaal aandeel private cofinanciering. Reden: De raad heeft het minimum verlaagd.");
    }

    @Test
    void after_publication_the_title_and_a_higher_ceiling_change_without_a_reason() throws Exception {
        long call = publishedCall("Vrij te wijzigen");
        navigate("calls/" + call);
        field(TextField.class, "call-titleNl").setValue("Vrij te wijzigen (nieuw)");
        _find(DecimalField.class, spec -> spec.withLabel("Plafond")).getFirst().setValue(new BigDecimal("120000"));
        _click(field(Button.class, "call-save"));

        assertThat(notificationTexts()).contains("De regeling is opgeslagen.");
        assertThat(field(com.vaadin.flow.component.textfield.TextArea.class, "call-amendmentReason").isInvalid()).isFalse();
        assertThat(calls.amendments(call)).isEmpty();
    }
}
