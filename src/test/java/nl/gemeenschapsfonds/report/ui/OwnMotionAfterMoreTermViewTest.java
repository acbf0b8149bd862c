package nl.gemeenschapsfonds.report.ui;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.report.Grants;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportForm;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22 item 7: the reviewer's report list offers "settle on own motion" once a request for more went unanswered. */
class OwnMotionAfterMoreTermViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired TestClock clock;

    @Test
    void after_the_more_term_the_list_shows_it_overdue_and_settling_on_own_motion_starts_from_what_the_report_supports()
            throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Staff staff = authorities.newAuthority("Gemeente Termijn Verstreken");
        String applicant = authorities.newApplicant("Vereniging Stilte");
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem open = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(applicant, () -> reports.submit(new ReportForm(open.id(), open.version(), "Samen eten", 30, "Iets",
                Map.of(0, amount("12000")), List.of())));
        ObligationItem submitted = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(staff.reviewer(), () -> reports.askMore(submitted.id(), submitted.version(), "Stuur de facturen.", 14));

        login(staff.reviewer());
        navigate("aftercare");
        assertThat(actionOf(open.id())).as("within the term").isNotInstanceOf(Button.class);

        clock.onDay(today.plusDays(15), () -> {
            navigate("");
            navigate("aftercare");
            assertThat(statusOf(open.id())).isEqualTo("Aanvulling gevraagd · aanvulling niet binnen de termijn");
            Button settle = (Button) actionOf(open.id());
            assertThat(settle.getText()).isEqualTo("Ambtshalve vaststellen");
            ButtonKt._click(settle);
            assertThat(_get(Paragraph.class, spec -> spec.withId("settlement-more-term-passed")).getText())
                    .contains(Formats.date(today.plusDays(14), java.util.Locale.of("nl")));
            DecimalField reduction = _get(DecimalField.class, spec -> spec.withId("settlement-reduction-0"));
            assertThat(reduction.getValue()).isEqualByComparingTo("8000");
            TextArea motivation = _get(TextArea.class, spec -> spec.withId("settlement-motivation"));
            assertThat(motivation.getValue()).contains("artikel 4:47 Awb");

            // the motivation is required on own motion: refused at the field, the reduction kept
            motivation.setValue("");
            ButtonKt._click(_get(Button.class, spec -> spec.withId("settlement-propose")));
            assertThat(motivation.isInvalid()).isTrue();
            assertThat(reduction.getValue()).isEqualByComparingTo("8000");
        });
    }

    @SuppressWarnings("unchecked")
    private Grid<ObligationItem> reportGrid() {
        return (Grid<ObligationItem>) _get(Grid.class, spec -> spec.withId("aftercare-reports"));
    }

    private int row(long reportId) {
        List<ObligationItem> items = reportGrid().getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == reportId) {
                return i;
            }
        }
        throw new AssertionError("report " + reportId + " not listed");
    }

    private com.vaadin.flow.component.Component actionOf(long reportId) {
        return GridKt._getCellComponent(reportGrid(), row(reportId), "action");
    }

    private String statusOf(long reportId) {
        return GridKt._getFormatted(reportGrid(), row(reportId), "status");
    }
}
