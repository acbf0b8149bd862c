package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorViewTest extends KaribuViewTest {

    @Test
    void an_unexpected_error_shows_a_friendly_page_with_a_reference_and_no_stack_trace() {
        login(DemoUsers.REVIEWER);
        navigate("test/explode");
        _get(ErrorView.class);
        String text = _get(Paragraph.class).getText();
        assertThat(text).startsWith("Er ging onverwacht iets mis").containsPattern("referentie: [0-9A-F]{8}")
                .doesNotContain("IllegalStateException").doesNotContain("at nl.");
    }
}
