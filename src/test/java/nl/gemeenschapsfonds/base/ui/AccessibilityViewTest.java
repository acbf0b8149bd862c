package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of WCAG 2.1 AA that live on the server: the accessibility statement in Dutch and English with the
 * parts the Dutch model asks for, the footer that links it and the skip link of the main layout, and a required
 * select that says it is required in its label and at the field.
 */
class AccessibilityViewTest extends KaribuViewTest {

    @Test
    void the_accessibility_statement_gives_status_last_check_what_was_checked_known_problems_and_contact_in_dutch() {
        navigate(AccessibilityStatementView.ROUTE);
        _get(AccessibilityStatementView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Toegankelijkheidsverklaring");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("Status", "Wat is gecontroleerd en wanneer",
                "Bekende problemen en wanneer ze zijn opgelost", "Contact", "Over deze verklaring");
        assertThat(_get(Paragraph.class, spec -> spec.withId("a11y-statement-status")).getText()).startsWith("Status C");
        assertThat(_get(Paragraph.class, spec -> spec.withId("a11y-statement-last-check")).getText())
                .contains("Datum van de laatste controle: 5 december 2026");
        assertThat(_get(Anchor.class, spec -> spec.withId("a11y-statement-contact")).getHref()).startsWith("mailto:");
        assertThat(((AccessibilityStatementView) _get(AccessibilityStatementView.class)).getPageTitle())
                .isEqualTo("Toegankelijkheidsverklaring | " + UI.getCurrent().getTranslation("app.name"));
    }

    @Test
    void the_accessibility_statement_speaks_english_when_english_is_chosen() {
        useEnglish();
        navigate(AccessibilityStatementView.ROUTE);
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).contains("Known problems and when they are fixed", "Contact");
    }

    @Test
    void every_signed_in_page_starts_with_the_skip_link_to_the_main_content_and_ends_with_the_footer_link() {
        login(DemoUsers.APPLICANT);
        navigate("applications");
        Anchor skip = _get(Anchor.class, spec -> spec.withId("skip-to-content"));
        assertThat(skip.getHref()).isEqualTo("#main-content");
        assertThat(skip.getText()).isEqualTo("Naar de inhoud");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.getElement().getChildren().filter(child -> "navbar".equals(child.getAttribute("slot"))).findFirst())
                .as("the skip link is the first thing in the navigation bar, before the menu toggle")
                .hasValueSatisfying(first -> assertThat(first.getAttribute("id")).isEqualTo("skip-to-content"));
        Main main = _get(Main.class, spec -> spec.withId("main-content"));
        assertThat(main.getElement().getChild(0).getAttribute("id")).isEqualTo("my-applications-view");
        assertThat(_get(Anchor.class, spec -> spec.withId("footer-accessibility-statement")).getHref())
                .isEqualTo(AccessibilityStatementView.ROUTE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_required_select_says_so_in_its_label_and_at_the_field_when_left_empty() {
        navigate("funder/register");
        Select<Object> kind = _get(Select.class, spec -> spec.withId("funder-kind"));
        assertThat(kind.getLabel()).isEqualTo("Soort (verplicht)");
        // Vaadin's indicator would put aria-required on the select's role=button
        assertThat(kind.isRequiredIndicatorVisible()).isFalse();

        _get(EmailField.class, spec -> spec.withId("email")).setValue("leeg-select@fonds.test");
        _click(_get(Button.class, spec -> spec.withId("funder-register-submit")));
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isNotBlank();
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).as("nothing typed is lost")
                .isEqualTo("leeg-select@fonds.test");
    }

    @Test
    void the_label_of_a_required_select_follows_the_language() {
        useEnglish();
        navigate("funder/register");
        assertThat(_get(Select.class, spec -> spec.withId("funder-kind")).getLabel()).isEqualTo("Kind (required)");
    }
}
