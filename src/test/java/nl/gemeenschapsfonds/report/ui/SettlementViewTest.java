package nl.gemeenschapsfonds.report.ui;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.report.Grants;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReductionReason;
import nl.gemeenschapsfonds.report.ReportForm;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.report.SettlementStatus;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The settlement screen: a reviewer reviews the report and proposes lower, a decision maker settles. */
class SettlementViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired nl.gemeenschapsfonds.review.IntakeService intake;

    private Staff staff;
    private long applicationId;
    private ObligationItem report;

    @BeforeEach
    void aGrantWithASubmittedFinalReport() throws Exception {
        staff = authorities.newAuthority("Gemeente Vaststelling");
        long call = grants.openCall(staff, null, null, new BigDecimal("20"));
        String applicant = authorities.newApplicant("Dorpshuis De Es");
        // the plan counts on 8.000 (20%) from private funders; none pledged
        applicationId = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("20000")), amount("8000"));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(applicationId));
        applications.assess(staff, applicationId, 8);
        applications.decide(staff, applicationId, new java.util.TreeMap<>(Map.of(2027, amount("20000"))));
        ObligationItem open = authorities.as(applicant, () -> reports.myObligations(applicationId)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(applicant, () -> {
            reports.submit(new ReportForm(open.id(), open.version(), "Soep op zaterdag", 60, "Minder alleen",
                    Map.of(0, amount("34000")), List.of()));
            return null;
        });
        report = authorities.as(applicant, () -> reports.myObligations(applicationId)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    void a_reduction_with_three_decimals_is_refused_at_the_field_and_kept() {
        login(staff.reviewer());
        navigate("aftercare/" + applicationId);
        ButtonKt._click(field(Button.class, "report-accept-" + report.id()));
        DecimalField reduction = field(DecimalField.class, "settlement-reduction-0");
        nl.gemeenschapsfonds.test.Typing.type(reduction, "6.000,001");
        assertThat(reduction.isInvalid()).isTrue();
        assertThat(reduction.getErrorMessage()).isEqualTo("Gebruik hooguit twee cijfers achter de komma");
        ButtonKt._click(field(Button.class, "settlement-propose"));
        assertThat(notificationTexts()).contains("Een datum of bedrag is niet te lezen (zie het rode veld). Verbeter het eerst; er is nog niets opgeslagen.");
        assertThat(field(DecimalField.class, "settlement-reduction-0").getText()).isEqualTo("6.000,001");
    }

    @Test
    void the_settlement_motivation_and_a_request_for_more_as_typed_survive_a_reload() {
        login(staff.reviewer());
        navigate("aftercare/" + applicationId);
        field(TextArea.class, "report-more-text-" + report.id()).setValue("Stuur de bonnen van de keuken mee.");
        navigate("");
        navigate("aftercare/" + applicationId);
        assertThat(field(TextArea.class, "report-more-text-" + report.id()).getValue()).isEqualTo("Stuur de bonnen van de keuken mee.");

        ButtonKt._click(field(Button.class, "report-accept-" + report.id()));
        field(TextArea.class, "settlement-motivation").setValue("De keuken viel goedkoper uit.");
        navigate("");
        navigate("aftercare/" + applicationId);
        assertThat(field(TextArea.class, "settlement-motivation").getValue()).isEqualTo("De keuken viel goedkoper uit.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reviewer_accepts_and_proposes_lower_and_a_decision_maker_settles() throws Exception {
        login(staff.reviewer());
        navigate("aftercare/" + applicationId);
        assertThat(field(Div.class, "staff-report-" + report.id()).getElement().getTextRecursively()).contains("Soep op zaterdag");
        ButtonKt._click(field(Button.class, "report-accept-" + report.id()));
        assertThat(notificationTexts()).contains("Het verslag is goedgekeurd");

        DecimalField reduction = field(DecimalField.class, "settlement-reduction-0");
        reduction.setValue(new BigDecimal("6000"));
        assertThat(field(Span.class, "settlement-preview").getText()).isEqualTo("Vast te stellen: € 14.000,00");
        // 34.000 spent needs 6.800 private; the 8.000 the plan counted on from funders never came, so the rule is not met
        assertThat(field(Div.class, "settlement-effects").getElement().getTextRecursively()).contains("Niet voldaan");

        ButtonKt._click(field(Button.class, "settlement-propose"));
        Select<ReductionReason> reason = field(Select.class, "settlement-reason-0");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reduction.getValue()).isEqualByComparingTo("6000");

        reason.setValue(ReductionReason.NOT_SPENT);
        field(TextArea.class, "settlement-motivation").setValue("De keuken viel goedkoper uit.");
        ButtonKt._click(field(Button.class, "settlement-propose"));
        assertThat(notificationTexts()).contains("Het voorstel is opgeslagen; een budgethouder beslist");
        assertThat(_find(Button.class, spec -> spec.withId("settlement-decide"))).isEmpty();

        login(staff.decisionMaker());
        navigate("aftercare/" + applicationId);
        assertThat(_find(Div.class, spec -> spec.withId("settlement-proposal-form"))).isEmpty();
        ButtonKt._click(field(Button.class, "settlement-decide"));

        assertThat(notificationTexts()).contains("De subsidie is vastgesteld en de brief is verstuurd");
        String settled = field(Div.class, "settlement-settled").getElement().getTextRecursively();
        assertThat(settled).contains("vastgesteld op € 14.000,00 van € 20.000,00")
                .contains("Teruggevallen naar het budget van het jaar: € 6.000,00")
                .contains("Nabetaling ingepland: € 14.000,00");
        assertThat(field(Anchor.class, "settlement-letter")).isNotNull();
        assertThat(authorities.as(staff.decisionMaker(), () -> settlements.settlementCase(applicationId)).settlement().status())
                .isEqualTo(SettlementStatus.SETTLED);
    }

    @Test
    void the_aftercare_list_shows_the_authority_reports_and_another_authority_finds_nothing() {
        login(staff.reviewer());
        navigate("aftercare");
        assertThat(_find(AftercareView.class)).hasSize(1);
        assertThat(aftercareReports()).extracting(ObligationItem::id).contains(report.id());

        login(authorities.newAuthority("Gemeente Anders").reviewer());
        navigate("");
        navigate("aftercare"); // built anew for this reviewer (the same route would keep the view shown)
        assertThat(aftercareReports()).extracting(ObligationItem::id).doesNotContain(report.id());
        // a new authority has nothing yet: both tables say so instead of showing bare headers
        assertThat(aftercareReports()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("aftercare-reports")).getEmptyStateText())
                .isEqualTo("Er zijn geen verslagen te behandelen.");
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("aftercare-settlements")).getEmptyStateText())
                .isEqualTo("Er zijn nog geen vaststellingen.");
        navigate("aftercare/" + applicationId);
        assertThat(_find(SettlementView.class)).isEmpty();
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void a_grant_with_nothing_paid_yet_says_all_of_it_is_still_to_pay_not_nothing_open() {
        login(staff.reviewer());
        navigate("aftercare/" + applicationId);
        String facts = field(com.vaadin.flow.component.html.Paragraph.class, "settlement-facts").getText();
        assertThat(facts).startsWith("Verleend € 20.000,00 · betaald tot nu toe € 0,00 · nog te betalen € 20.000,00, ")
                .doesNotContain("nog open € 0,00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_aftercare_list_shows_reference_and_organisation_in_one_two_line_cell() {
        login(staff.reviewer());
        navigate("aftercare");
        com.vaadin.flow.component.grid.Grid<ObligationItem> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("aftercare-reports"));
        int row = aftercareReports().indexOf(aftercareReports().stream().filter(r -> r.id() == report.id()).findFirst().orElseThrow());
        com.vaadin.flow.component.Component cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "application");
        assertThat(cell.getChildren().map(line -> line.getElement().getText()).toList())
                .containsExactly(report.reference(), report.organisation());
        assertThat(grid.getColumns()).hasSizeLessThanOrEqualTo(5);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<ObligationItem> aftercareReports() {
        return ((com.vaadin.flow.component.grid.Grid<ObligationItem>) _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("aftercare-reports"))).getGenericDataView().getItems().toList();
    }
}
