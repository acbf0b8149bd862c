package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutViewTest extends KaribuViewTest {

    @Test
    void layout_shows_the_users_name_and_role_in_dutch() {
        login(DemoUsers.REVIEWER);
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Bram Jansen");
        assertThat(_get(Span.class, spec -> spec.withId("current-role")).getText()).isEqualTo("Beoordelaar");
        assertThat(_get(SideNav.class).getItems()).extracting(item -> item.getLabel())
                .containsExactlyElementsOf(nl.gemeenschapsfonds.test.Menus.expectedLabels(nl.gemeenschapsfonds.security.Role.REVIEWER, Locale.of("nl", "NL")))
                .contains("Werkvoorraad");
    }

    @Test
    void layout_speaks_english_when_english_is_chosen() {
        useEnglish();
        login(DemoUsers.ADMIN);
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("current-role")).getText()).isEqualTo("Fund administrator");
        assertThat(_get(SideNav.class).getItems()).extracting(item -> item.getLabel()).contains("Funds and calls");
    }

    @Test
    void home_forwards_each_role_to_its_own_home_view() {
        login(DemoUsers.APPLICANT);
        navigate("");
        _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("my-applications-view"));

        login(DemoUsers.FUNDER);
        navigate("");
        _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("funder-projects-view"));
    }

    @Test
    void the_language_link_names_the_other_language_and_switches_the_session_to_it() {
        login(DemoUsers.REVIEWER);
        navigate("");
        LanguageSwitch language = _get(LanguageSwitch.class, spec -> spec.withId("language-switch"));
        assertThat(language.getText()).isEqualTo("English");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("en");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(language);
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_find(Select.class, spec -> spec.withId("language-switch"))).as("no select any more").isEmpty();
    }

    @Test
    void on_an_english_page_the_language_link_leads_back_to_dutch() {
        useEnglish();
        login(DemoUsers.REVIEWER);
        navigate("");
        LanguageSwitch language = _get(LanguageSwitch.class, spec -> spec.withId("language-switch"));
        assertThat(language.getText()).isEqualTo("Nederlands");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("nl");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(language);
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
    }
}
