package nl.gemeenschapsfonds.submission.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.gemeenschapsfonds.submission.ApplicationListItem;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20's treatment of "Mijn aanvragen": filter panel built when opened, chips in the URL, columns remembered. */
class MyApplicationsViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    private String applicant;
    private long submitted;
    private long draft;
    private long call;

    @BeforeEach
    void aSubmittedApplicationAndADraft() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Mijn Lijst");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Mijn Lijst");
        submitted = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        draft = applications.draftSeekingCoFinancing(applicant, call, Map.of(2027, amount("10000")), amount("4000"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApplicationListItem> grid() {
        return _get(Grid.class, spec -> spec.withId("my-applications-grid"));
    }

    private static List<Long> listed() {
        Grid<ApplicationListItem> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).id()).toList();
    }

    private static String query() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString();
    }

    private static List<String> columnKeys() {
        return grid().getColumns().stream().map(Grid.Column::getKey).toList();
    }

    @Test
    void the_filter_panel_is_built_only_when_opened_and_a_filter_in_the_url_survives_a_reload_as_a_removable_chip() {
        login(applicant);
        navigate("applications");
        assertThat(listed()).containsExactlyInAnyOrder(submitted, draft);
        assertThat(_find(ComboBox.class, spec -> spec.withId("my-applications-filter-status"))).as("no filter fields yet").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("my-applications-chip-status"))).isEmpty();

        // a bookmarked or reloaded address: a fresh view, the filter from the URL, the panel still not built
        navigate("calls");
        navigate("applications?status=DRAFT");
        assertThat(listed()).containsExactly(draft);
        assertThat(_get(Button.class, spec -> spec.withId("my-applications-chip-status")).getText()).isEqualTo("Status: Concept");
        assertThat(_get(Button.class, spec -> spec.withId("my-applications-filter-button")).getText())
                .isEqualTo("Filter (1) en kolommen");
        assertThat(_find(ComboBox.class, spec -> spec.withId("my-applications-filter-status"))).isEmpty();

        // the panel, opened, shows the filter; a change goes into the URL
        _click(_get(Button.class, spec -> spec.withId("my-applications-filter-button")));
        @SuppressWarnings("unchecked")
        ComboBox<ApplicationStatus> status = _get(ComboBox.class, spec -> spec.withId("my-applications-filter-status"));
        assertThat(status.getValue()).isEqualTo(ApplicationStatus.DRAFT);
        status.setValue(ApplicationStatus.SUBMITTED);
        assertThat(query()).isEqualTo("status=SUBMITTED");
        assertThat(listed()).containsExactly(submitted);
        _get(TextField.class, spec -> spec.withId("my-applications-filter-words")).setValue("geen-treffer");
        assertThat(listed()).isEmpty();
        assertThat(query()).contains("status=SUBMITTED").contains("q=geen-treffer");

        // removing the chips one by one, then "clear all" after two
        _click(_get(Button.class, spec -> spec.withId("my-applications-chip-q")));
        assertThat(query()).isEqualTo("status=SUBMITTED");
        assertThat(listed()).containsExactly(submitted);
        _click(_get(Button.class, spec -> spec.withId("my-applications-chip-status")));
        assertThat(query()).isEmpty();
        assertThat(listed()).containsExactlyInAnyOrder(submitted, draft);
        assertThat(status.getValue()).as("the open panel follows the URL").isNull();

        // what cannot be read in a URL filters nothing
        navigate("applications?status=NONSENSE");
        assertThat(listed()).containsExactlyInAnyOrder(submitted, draft);
        assertThat(_find(Button.class, spec -> spec.withId("my-applications-chip-status"))).isEmpty();
    }

    @Test
    void the_columns_the_applicant_chooses_are_remembered_for_the_next_visit_and_not_for_another_user() throws Exception {
        login(applicant);
        navigate("applications");
        assertThat(columnKeys()).containsExactly("application", "status", "amount", "due");
        assertThat(GridKt._getFormatted(grid(), listed().indexOf(submitted), "status")).isEqualTo("Ingediend");

        // issue 20 item 3 (mem23): the choice is the "Kolommen" section of the filter panel; a tick applies at once
        assertThat(_find(CheckboxGroup.class, spec -> spec.withId("my-applications-column-choice"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("my-applications-filter-button")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withId("my-applications-column-choice"));
        assertThat(choice.getLabel()).isEqualTo("Kolommen");
        choice.setValue(Set.of("submitted", "due"));
        assertThat(columnKeys()).containsExactly("application", "status", "due", "submitted");

        logout();
        login(applicant);
        navigate("calls");
        navigate("applications");
        assertThat(columnKeys()).as("remembered").containsExactly("application", "status", "due", "submitted");

        String other = authorities.newApplicant("Vereniging Ander");
        long othersDraft = applications.draftSeekingCoFinancing(other, call, Map.of(2027, amount("8000")), amount("2000"));
        logout();
        login(other);
        navigate("calls");
        navigate("applications");
        assertThat(listed()).as("the other user's own application").containsExactly(othersDraft);
        assertThat(columnKeys()).as("the other user sees the default columns")
                .containsExactly("application", "status", "amount", "due");
    }

    @Test
    void new_application_is_a_link_to_choosing_a_call_that_leads_there() {
        login(applicant);
        navigate("applications");
        RouterLink newApplication = _get(RouterLink.class, spec -> spec.withId("new-application"));
        assertThat(newApplication.getText()).isEqualTo("Nieuwe aanvraag");
        assertThat(_find(Button.class, spec -> spec.withId("new-application"))).as("a link, not a button (issue 20)").isEmpty();

        navigate(newApplication.getHref());
        _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("new-application-view"));
    }
}
