package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a screen reader hears of Vaadin's own parts is in the page's language and says what it is about (WCAG 3.1.2,
 * 4.1.2; a11y24): the check boxes of the multi-select grids name their row ("Selecteer GF-2026-0042") and the header's
 * what it selects, instead of Vaadin's "Select Row" and "Select All"; a password field's reveal button is Dutch.
 * The browser side (the names as Chromium exposes them) is {@code AccessibilityBrowserIT}'s.
 */
class ComponentTextsViewTest extends KaribuViewTest {

    @Test
    void the_work_queues_row_check_boxes_name_their_application_in_dutch_and_vaadins_unnamed_column_is_not_shown() {
        login(DemoUsers.REVIEWER);
        navigate("work-queue");
        Grid<WorkQueueItem> grid = grid("work-queue-grid");

        assertThat(_size(grid)).as("the demo reviewer's queue has applications").isPositive();
        assertThat(rowNames(grid, WorkQueueItem::reference)).allSatisfy(pair -> assertThat(pair.name())
                .isEqualTo("Selecteer " + pair.reference()));
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false); // as the response to the browser is written
        assertThat(vaadinsSelectionColumn(grid).getProperty("hidden", false))
                .as("Vaadin's own column ('Select Row' on every row) is hidden").isTrue();
        assertThat(grid.getColumns().getFirst().getKey()).as("the named check boxes stand first").isEqualTo(GridSelection.KEY);
    }

    @Test
    void the_payments_row_check_boxes_name_their_payment_and_the_header_says_it_selects_all_payments_shown() {
        login(DemoUsers.FINANCE);
        navigate("payments?due=all");
        Grid<PaymentListItem> grid = grid("payments-grid");

        assertThat(_size(grid)).as("the demo finance user has payments").isPositive();
        assertThat(rowNames(grid, PaymentListItem::reference)).allSatisfy(pair -> assertThat(pair.name())
                .isEqualTo("Selecteer " + pair.reference()));
        Checkbox all = headerCheckbox(grid);
        assertThat(all.getAriaLabel()).hasValue("Selecteer alle getoonde betalingen");
        assertThat(all.isVisible()).as("all payments are in memory: the header selects them all").isTrue();

        all.setValue(true);
        // as the browser tells of a tick (karibu's _setValue does not run against Flow 25's fields)
        ComponentUtil.fireEvent(all, new AbstractField.ComponentValueChangeEvent<>(all, all, false, true));
        assertThat(grid.getSelectedItems()).hasSize(_size(grid));
    }

    @Test
    void in_english_the_check_boxes_are_named_in_english() {
        useEnglish();
        login(DemoUsers.FINANCE);
        navigate("payments?due=all");
        Grid<PaymentListItem> grid = grid("payments-grid");

        assertThat(rowNames(grid, PaymentListItem::reference)).allSatisfy(pair -> assertThat(pair.name())
                .isEqualTo("Select " + pair.reference()));
        assertThat(headerCheckbox(grid).getAriaLabel()).hasValue("Select all payments shown");
    }

    @Test
    void every_password_fields_eye_button_is_named_in_the_users_language() {
        login(DemoUsers.APPLICANT);
        navigate("account");
        List<PasswordField> fields = _find(PasswordField.class);

        assertThat(fields).as("the account page asks for passwords").isNotEmpty();
        assertThat(fields).allSatisfy(field -> assertThat(reveal(field)).isEqualTo("Wachtwoord tonen"));
        useEnglish();
        navigate("applications");
        navigate("account");
        assertThat(_find(PasswordField.class)).allSatisfy(field -> assertThat(reveal(field)).isEqualTo("Show password"));
    }

    @Test
    void the_menu_drawer_is_named_in_the_users_language_not_vaadins_drawer() {
        login(DemoUsers.APPLICANT);
        navigate("applications");
        assertThat(_get(MainLayout.class).getI18n()).as("Vaadin's app layout says 'Drawer' without one").isNotNull();
        assertThat(((MainLayout) _get(MainLayout.class)).getI18n().getDrawer()).isEqualTo("Menu");
    }

    /** The name the web component gives the eye button: its {@code i18n.reveal} ("Show password" when not set). */
    private static String reveal(PasswordField field) {
        Object i18n = field.getElement().getPropertyRaw("i18n");
        return i18n instanceof tools.jackson.databind.JsonNode json && json.has("reveal") ? json.get("reveal").asString() : "Show password";
    }

    private record RowName(String reference, String name) {
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** Each row's reference and the name its check box gets from the selection column's template. */
    @SuppressWarnings("unchecked")
    private static <T> List<RowName> rowNames(Grid<T> grid, Function<T, String> reference) {
        Renderer<T> renderer = grid.getColumnByKey(GridSelection.KEY).getRenderer();
        assertThat(renderer).isInstanceOf(LitRenderer.class);
        Function<T, Object> name = ((LitRenderer<T>) renderer).getValueProviders().get("name")::apply;
        return java.util.stream.IntStream.range(0, _size(grid)).mapToObj(row -> _get(grid, row))
                .map(item -> new RowName(reference.apply(item), String.valueOf(name.apply(item)))).toList();
    }

    private static Checkbox headerCheckbox(Grid<?> grid) {
        Component header = grid.getColumnByKey(GridSelection.KEY).getHeaderComponent();
        assertThat(header).isInstanceOf(Checkbox.class);
        return (Checkbox) header;
    }

    private static Element vaadinsSelectionColumn(Grid<?> grid) {
        return grid.getElement().getChildren().filter(child -> "vaadin-grid-flow-selection-column".equals(child.getTag()))
                .findFirst().orElseThrow();
    }
}
