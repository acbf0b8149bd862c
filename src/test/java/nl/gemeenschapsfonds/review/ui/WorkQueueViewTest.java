package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.ui.GridSelection;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redesigned work queue (issue 20) and its bulk work (issue 21.4): filters in a panel built when first opened,
 * active filters as chips that live in the URL, the column choice remembered per user, and the bulk extension's form
 * refusing a wrong value at its field.
 */
class WorkQueueViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired AssignmentService assignments;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    private Staff staff;
    private long call;
    private long first;
    private long otherApplication;

    @BeforeEach
    void twoCallsWithAnApplicationEach() throws Exception {
        staff = authorities.newAuthority("Gemeente Werkscherm " + UUID.randomUUID().toString().substring(0, 6));
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))).titled("Scherm A"));
        long other = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))).titled("Scherm B"));
        first = applications.submitted(authorities.newApplicant("Buurthuis Scherm"), call, Map.of(2027, amount("10000")));
        otherApplication = applications.submitted(authorities.newApplicant("Buurthuis Elders"), other, Map.of(2027, amount("20000")));
        authorities.as(staff.admin(), () -> assignments.setLead(staff.reviewer(), true));
    }

    private Grid<WorkQueueItem> grid() {
        @SuppressWarnings("unchecked")
        Grid<WorkQueueItem> grid = _get(Grid.class, spec -> spec.withId("work-queue-grid"));
        return grid;
    }

    private List<String> keys() {
        // the columns of the choice: not the selection's check boxes (GridSelection), which always stand first
        return grid().getColumns().stream().map(Grid.Column::getKey).filter(java.util.Objects::nonNull)
                .filter(key -> !GridSelection.KEY.equals(key)).toList();
    }

    private static Map<String, List<String>> url() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @Test
    void the_filter_panel_is_built_only_when_opened() {
        login(staff.reviewer());
        navigate("work-queue");

        assertThat(_find(ComboBox.class, spec -> spec.withId("filter-status"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("work-queue-filter-button")));
        assertThat(_find(ComboBox.class, spec -> spec.withId("filter-status"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_filter_becomes_a_chip_and_a_query_parameter_and_removing_the_chip_removes_both() {
        login(staff.reviewer());
        navigate("work-queue");
        assertThat(_size(grid())).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("work-queue-filter-button")));

        ComboBox<Object> callFilter = _get(ComboBox.class, spec -> spec.withId("filter-call"));
        callFilter.setValue(callFilter.getListDataView().getItems().filter(c -> c.toString().contains("Scherm A")).findFirst().orElseThrow());

        assertThat(url()).containsEntry("call", List.of(String.valueOf(call)));
        assertThat(_get(Button.class, spec -> spec.withId("work-queue-chip-call")).getText()).isEqualTo("Regeling: Scherm A");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).id()).isEqualTo(first);

        _click(_get(Button.class, spec -> spec.withId("work-queue-chip-call")));

        assertThat(url()).doesNotContainKey("call");
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-chip-call"))).isEmpty();
        assertThat(_size(grid())).isEqualTo(2);
    }

    @Test
    void a_bookmarked_url_opens_the_queue_filtered_with_its_chips() {
        login(staff.reviewer());
        navigate("work-queue?call=" + call + "&status=SUBMITTED&overdue=nonsense&facility=NO_SUCH_TYPE");

        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(Button.class, spec -> spec.withId("work-queue-chip-call")).getText()).isEqualTo("Regeling: Scherm A");
        assertThat(_get(Button.class, spec -> spec.withId("work-queue-chip-status")).getText()).isEqualTo("Status: Ingediend");
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-chip-overdue"))).as("what cannot be read is left out").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-chip-facility"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("work-queue-filter-button")).getText())
                .isEqualTo("Filter (2) en kolommen");
        _click(_get(Button.class, spec -> spec.withId("work-queue-filter-button")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-status")).getValue()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_columns_chosen_are_remembered_for_the_user() {
        login(staff.reviewer());
        navigate("work-queue");
        assertThat(keys()).as("issue 20: four columns with the selection, the amount one click away")
                .containsExactly("application", "status", "due");

        // issue 20 item 3 (mem23): the choice is the "Kolommen" section of the filter panel; a tick applies at once
        _click(_get(Button.class, spec -> spec.withId("work-queue-filter-button")));
        _get(CheckboxGroup.class, spec -> spec.withId("work-queue-column-choice")).setValue(Set.of("due", "call", "reviewers"));
        assertThat(keys()).containsExactly("application", "status", "due", "call", "reviewers");

        navigate("review/" + first);
        navigate("work-queue");
        assertThat(keys()).containsExactly("application", "status", "due", "call", "reviewers");
        _click(_get(Button.class, spec -> spec.withId("work-queue-filter-button")));
        CheckboxGroup<String> shown = _get(CheckboxGroup.class, spec -> spec.withId("work-queue-column-choice"));
        assertThat(shown.getValue()).as("the panel shows the remembered choice").containsExactlyInAnyOrder("due", "call", "reviewers");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_column_choice_is_a_named_section_of_the_filter_panel_and_an_idle_queue_holds_neither() {
        login(staff.reviewer());
        navigate("work-queue");
        Button open = _get(Button.class, spec -> spec.withId("work-queue-filter-button"));
        assertThat(open.getText()).as("the button says what it opens").isEqualTo("Filter en kolommen");
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-columns-button"))).as("no button of its own").isEmpty();
        assertThat(_find(CheckboxGroup.class, spec -> spec.withId("work-queue-column-choice"))).isEmpty();

        _click(open);

        assertThat(open.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withId("work-queue-column-choice"));
        assertThat(choice.getParent().flatMap(com.vaadin.flow.component.Component::getId)).hasValue("work-queue-filters");
        assertThat(choice.getLabel()).as("the group's name").isEqualTo("Kolommen");
        assertThat(choice.getHelperText()).isEqualTo("Kies de kolommen die u wilt zien; uw keuze wordt onthouden.");
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()))
                .as("each checkbox named as its column").containsExactly("Gevraagd", "Besluit uiterlijk", "Regeling", "Ingediend", "Beoordelaars");
        assertThat(choice.getValue()).containsExactly("due");
        _click(open);
        assertThat(open.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(choice.isVisible() && choice.getParent().orElseThrow().isVisible()).as("closed again").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_column_choice_speaks_english_in_english() {
        useEnglish();
        login(staff.reviewer());
        navigate("work-queue?call=" + call);
        Button open = _get(Button.class, spec -> spec.withId("work-queue-filter-button"));
        assertThat(open.getText()).isEqualTo("Filter (1) and columns");
        _click(open);
        CheckboxGroup<String> choice = _get(CheckboxGroup.class, spec -> spec.withId("work-queue-column-choice"));
        assertThat(choice.getLabel()).isEqualTo("Columns");
        assertThat(choice.getHelperText()).isEqualTo("Choose the columns you want to see; your choice is remembered.");
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator())).contains("Requested");
    }

    @Test
    void a_choice_of_columns_kept_in_the_old_work_queue_table_is_kept_by_the_migration_to_the_one_preference_table() throws Exception {
        String migration = new org.springframework.core.io.ClassPathResource("db/migration/V75__one_view_preference_table.sql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        transactions.executeWithoutResult(status -> {
            // the table as V59 made it, only in this transaction (temporary: the application's role creates no tables)
            status.setRollbackOnly();
            jdbc.sql("""
                    create temporary table work_queue_preference (
                        user_email varchar(254) primary key check (user_email = lower(user_email)),
                        visible_columns varchar(500) not null)""").update();
            jdbc.sql("insert into work_queue_preference values (?, 'due,call,reviewers'), ('weg@nergens.test', 'call')")
                    .param(staff.reviewer().toLowerCase(java.util.Locale.ROOT)).update();

            jdbc.sql(migration).update();

            assertThat(jdbc.sql("select to_regclass('work_queue_preference') is null").query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("""
                    select visible_columns from view_preference join app_user on app_user.id = view_preference.user_id
                    where app_user.email = ? and view_key = 'work-queue'""").param(staff.reviewer()).query(String.class).list())
                    .containsExactly("due,call,reviewers");
            login(staff.reviewer());
            navigate("work-queue");
            assertThat(keys()).containsExactly("application", "status", "due", "call", "reviewers");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_bulk_extension_refuses_too_many_weeks_at_the_field_and_keeps_the_reason() {
        login(staff.reviewer());
        navigate("work-queue");
        grid().select(_get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("work-queue-extend")));

        _get(WholeNumberField.class, spec -> spec.withId("extend-weeks")).setValue(12);
        _get(TextArea.class, spec -> spec.withId("extend-reason")).setValue("Drukte rond de jaarwisseling");
        _click(_get(Button.class, spec -> spec.withId("extend-confirm")));

        WholeNumberField weeks = _get(WholeNumberField.class, spec -> spec.withId("extend-weeks"));
        assertThat(weeks.isInvalid()).isTrue();
        assertThat(weeks.getErrorMessage()).isEqualTo("Vul een getal van 1 tot en met 8 in");
        assertThat(_get(TextArea.class, spec -> spec.withId("extend-reason")).getValue()).isEqualTo("Drukte rond de jaarwisseling");
        assertThat(jdbc.sql("select count(*) from deadline_extension where application_id = ?").param(_get(grid(), 0).id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_lead_revoked_while_the_settings_dialog_is_open_gets_the_message_and_nothing_is_saved() throws Exception {
        login(staff.reviewer());
        navigate("work-queue?call=" + call);
        _click(_get(Button.class, spec -> spec.withId("work-queue-settings-button")));
        _get(WholeNumberField.class, spec -> spec.withId("reviewSettings-assessmentsRequired")).setValue(3);
        authorities.as(staff.admin(), () -> assignments.setLead(staff.reviewer(), false));
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Alleen de coördinator van de beoordelaars of de beheerder wijst beoordelaars toe.");
        assertThat(_get(WholeNumberField.class, spec -> spec.withId("reviewSettings-assessmentsRequired")).getValue()).as("nothing typed lost").isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from review_call_setting where call_id = ?").param(call).query(Long.class).single()).isZero();
    }

    @Test
    void the_settings_dialog_refuses_a_gap_the_policy_refuses_with_the_policys_message_at_the_field_and_keeps_the_value() {
        login(staff.reviewer());
        navigate("work-queue?call=" + call);
        _click(_get(Button.class, spec -> spec.withId("work-queue-settings-button")));
        nl.gemeenschapsfonds.base.ui.DecimalField spread = _get(nl.gemeenschapsfonds.base.ui.DecimalField.class,
                spec -> spec.withId("reviewSettings-secondOpinionSpread"));
        spread.setValue(java.math.BigDecimal.ZERO); // the dialog's own rule said "van 1 tot en met 100" and took 0,5

        _click(_get(Button.class, spec -> spec.withId("settings-save")));

        assertThat(spread.isInvalid()).as("marked at the field").isTrue();
        assertThat(spread.getErrorMessage()).as("the policy's message, as on the administrator's screen")
                .isEqualTo(spread.getTranslation("reviewSettings.spread.range"));
        assertThat(spread.getValue()).as("nothing typed lost").isEqualByComparingTo("0");
        assertThat(jdbc.sql("select count(*) from review_call_setting where call_id = ?").param(call).query(Long.class).single()).isZero();
    }

    @Test
    void the_lead_sees_the_assignment_once_rows_are_chosen_and_everyone_the_exports() {
        login(staff.reviewer());
        navigate("work-queue");

        assertThat(_find(Button.class, spec -> spec.withId("work-queue-assign"))).as("nothing chosen yet").isEmpty();
        Anchor csv = _get(Anchor.class, spec -> spec.withId("work-queue-export-csv"));
        Anchor xlsx = _get(Anchor.class, spec -> spec.withId("work-queue-export-xlsx"));
        assertThat(List.of(csv.getText(), xlsx.getText())).as("links of words only").containsExactly("CSV", "Excel (XLSX)");
        assertThat(csv.getTitle()).as("what they export")
                .contains("Exporteert de selectie, of zonder selectie de hele gefilterde werkvoorraad.");
        assertThat(csv.getHref()).as("a download of the session").isNotBlank();
        grid().select(_get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("work-queue-select-all")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("work-queue-selection")).getText())
                .isEqualTo("Alle 2 rijen van het filter geselecteerd");
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-assign"))).hasSize(1);
    }

    @Test
    void select_all_of_the_filter_is_offered_once_a_row_is_ticked_and_acts_on_every_row_of_the_filter() throws Exception {
        long third = applications.submitted(authorities.newApplicant("Buurthuis Derde"), call, Map.of(2027, amount("15000")));
        login(staff.reviewer());
        navigate("work-queue?call=" + call);
        assertThat(_size(grid())).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-select-all")))
                .as("issue 20 item 3, the Gmail pattern: an idle queue does not offer it").isEmpty();

        grid().select(_get(grid(), 0));
        Button selectAll = _get(Button.class, spec -> spec.withId("work-queue-select-all"));
        assertThat(selectAll.isVisible()).isTrue();
        assertThat(selectAll.getText()).isEqualTo("Alle rijen van het filter selecteren");
        _click(selectAll);

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("work-queue-selection")).getText())
                .isEqualTo("Alle 2 rijen van het filter geselecteerd");
        assertThat(selectAll.isVisible()).as("all are chosen: nothing more to offer").isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("work-queue-clear-selection")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("work-queue-extend")));
        _get(WholeNumberField.class, spec -> spec.withId("extend-weeks")).setValue(2);
        _get(TextArea.class, spec -> spec.withId("extend-reason")).setValue("Veel aanvragen in deze regeling");
        _click(_get(Button.class, spec -> spec.withId("extend-confirm")));

        assertThat(jdbc.sql("select application_id from deadline_extension where application_id in (?, ?, ?)")
                .params(first, third, otherApplication).query(Long.class).list())
                .as("the ticked row, the row of the filter not ticked, not the row outside the filter")
                .containsExactlyInAnyOrder(first, third);
    }

    @Test
    void the_actions_on_chosen_rows_are_built_when_a_row_is_first_chosen_and_hidden_again_when_none_is() {
        login(staff.reviewer());
        navigate("work-queue");
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-extend"))).as("an idle queue holds no action buttons").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("work-queue-clear-selection"))).isEmpty();

        grid().select(_get(grid(), 0));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("work-queue-selection")).getText())
                .isEqualTo("1 geselecteerd");
        Button extend = _get(Button.class, spec -> spec.withId("work-queue-extend"));
        Button clear = _get(Button.class, spec -> spec.withId("work-queue-clear-selection"));
        _click(clear);

        assertThat(grid().getSelectedItems()).isEmpty();
        assertThat(extend.isAttached()).as("hidden, not gone").isTrue();
        assertThat(extend.isVisible()).isFalse();
        assertThat(clear.isVisible()).isFalse();
    }

    @Test
    void the_grid_reads_pages_of_25_rows_and_wraps_long_cells_so_that_500_pixels_need_no_sideways_scrolling() {
        login(staff.reviewer());
        navigate("work-queue");

        assertThat(grid().getPageSize()).isEqualTo(WorkQueueView.PAGE_SIZE).isEqualTo(25);
        assertThat(grid().getThemeNames()).contains("wrap-cell-content");
        // 500 px less the page's padding: the selection column (58 px) and the three columns' widths fit in ~460 px;
        // the due date's column holds a whole date ("22/12/2026" in English has no place to wrap; at 7em it was cut)
        assertThat(grid().getColumns()).filteredOn(column -> column.getKey() != null)
                .extracting(Grid.Column::getWidth).containsExactly("58px", "8.5em", "7.5em", "8.5em");
    }

    @Test
    void the_bulk_bar_stands_right_above_the_grid_and_its_buttons_keep_their_name_when_a_narrow_screen_hides_their_label()
            throws Exception {
        login(staff.reviewer());
        navigate("work-queue");
        grid().select(_get(grid(), 0));

        com.vaadin.flow.component.orderedlayout.HorizontalLayout bar = _get(
                com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("work-queue-bulk"));
        WorkQueueView view = _get(WorkQueueView.class);
        assertThat(view.indexOf(grid())).as("nothing between the bulk bar and the grid").isEqualTo(view.indexOf(bar) + 1);
        List<Button> actions = bar.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
        // "all rows of the filter" too is built with the actions, once a row is ticked (issue 20 item 3, mem23)
        assertThat(actions).extracting(Button::getId).map(java.util.Optional::orElseThrow)
                .containsExactly("work-queue-select-all", "work-queue-clear-selection", "work-queue-assign", "work-queue-extend");
        assertThat(actions).allSatisfy(button -> {
            assertThat(button.getClassNames()).contains("wq-bulk-action");
            assertThat(button.getIcon()).as("the icon that stays at 320 px").isNotNull();
            assertThat(button.getAriaLabel()).as("its name for a screen reader").contains(button.getText());
            assertThat(button.getElement().getAttribute("title")).as("its words on hover").isEqualTo(button.getText());
        });
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("frontend/assets/app.css"));
        String narrow = css.substring(css.indexOf("side19 (issue 21)"));
        assertThat(narrow).as("at 320 px the labels give way to the icons")
                .containsPattern(java.util.regex.Pattern.compile(
                        // the rule itself, inside the narrow media block: only whole rules may come before it there
                        "@media \\(max-width: 480px\\)\\s*\\{\\s*(?:[^{}]*\\{[^{}]*\\}\\s*)*"
                                + "vaadin-button\\.wq-bulk-action::part\\(label\\)\\s*\\{\\s*display:\\s*none;"));
    }
}
