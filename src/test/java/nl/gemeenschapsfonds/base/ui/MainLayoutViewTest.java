package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutViewTest extends KaribuViewTest {

    @org.springframework.beans.factory.annotation.Autowired nl.gemeenschapsfonds.test.TestAuthorities authorities;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * The text of the user's name or role in the header: one Html with the two spans (issue 20 item 3, mem23: they never
     * change on the page, and two Span components with their text nodes cost every signed-in session ~1 KB).
     */
    private static String shown(String id) {
        org.jsoup.nodes.Element element = Jsoup.parseBodyFragment(
                _get(Html.class, spec -> spec.withClasses("current-user-and-role")).getInnerHtml()).getElementById(id);
        assertThat(element).as("#%s in the header", id).isNotNull();
        return element.text();
    }

    @Test
    void layout_shows_the_users_name_and_role_in_dutch() {
        login(DemoUsers.REVIEWER);
        navigate("");
        assertThat(shown("current-user")).isEqualTo("Bram Jansen");
        assertThat(shown("current-role")).isEqualTo("Beoordelaar");
        assertThat(MenuShown.labels())
                .containsExactlyElementsOf(nl.gemeenschapsfonds.test.Menus.expectedLabels(nl.gemeenschapsfonds.security.Role.REVIEWER, Locale.of("nl", "NL")))
                .contains("Werkvoorraad");
    }

    @Test
    void a_name_with_markup_shows_as_its_characters_in_the_header() {
        String applicant = authorities.newApplicant("Vereniging Teken");
        jdbc.sql("update app_user set display_name = ? where email = ?").params("Anna <b>&amp; \"Co\"</b>", applicant).update();
        login(applicant);
        navigate("applications");

        assertThat(shown("current-user")).isEqualTo("Anna <b>&amp; \"Co\"</b>");
        assertThat(Jsoup.parseBodyFragment(_get(Html.class, spec -> spec.withClasses("current-user-and-role")).getInnerHtml())
                .select("b")).as("no markup of the name's").isEmpty();
        assertThat(shown("current-role")).isEqualTo("Aanvrager");
    }

    @Test
    void the_drawers_toggle_is_named_and_stands_after_the_skip_link() {
        login(DemoUsers.REVIEWER);
        navigate("work-queue");
        MainLayout layout = _get(MainLayout.class);
        java.util.List<com.vaadin.flow.dom.Element> navbar = layout.getElement().getChildren()
                .filter(child -> "navbar".equals(child.getAttribute("slot"))).toList();
        assertThat(navbar).extracting(com.vaadin.flow.dom.Element::getTag).containsExactly("a", "vaadin-drawer-toggle", "div");
        assertThat(navbar.get(1).getAttribute("aria-label")).isEqualTo("Menu");
        assertThat(navbar.get(2).getClassList()).contains("app-header");
    }

    @Test
    void the_menu_is_vaadins_side_nav_markup_with_each_entry_leading_where_vaadins_item_would() {
        login(DemoUsers.REVIEWER);
        navigate("work-queue");
        MainMenu menu = _get(MainMenu.class, spec -> spec.withId("main-menu"));
        assertThat(menu.getElement().getTag()).isEqualTo("vaadin-side-nav");
        Document content = Jsoup.parseBodyFragment(menu.getInnerHtml());
        assertThat(content.select("span[slot=label]").text()).as("the menu's name").isEqualTo("Menu");
        // the path attribute as Vaadin's own SideNavItem writes it for the same entry
        assertThat(MenuShown.entries()).extracting(MenuShown.Entry::path).containsExactlyElementsOf(MenuCache.entries().stream()
                .map(entry -> new com.vaadin.flow.component.sidenav.SideNavItem("", entry.path()).getElement().getAttribute("path"))
                .toList());
        assertThat(MenuShown.entries()).extracting(MenuShown.Entry::path).contains("work-queue");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class)).as("no component per entry").isEmpty();
    }

    @Test
    void layout_speaks_english_when_english_is_chosen() {
        useEnglish();
        login(DemoUsers.ADMIN);
        navigate("");
        assertThat(shown("current-role")).isEqualTo("Fund administrator");
        assertThat(MenuShown.labels()).contains("Funds and calls");
        assertThat(Jsoup.parseBodyFragment(_get(Html.class, spec -> spec.withClasses("sign-out")).getInnerHtml())
                .select("button#logout").text()).isEqualTo("Sign out");
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
        navigate("work-queue?status=SUBMITTED");
        LanguageLink language = _get(LanguageLink.class, spec -> spec.withId("language-switch"));
        assertThat(language.getText()).isEqualTo("English");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(language.getElement().hasAttribute("router-ignore")).as("the page loads anew in the language").isTrue();
        assertThat(language.getHref()).as("back to the page shown, with its filter, and the session's token")
                .isEqualTo("language?back=work-queue%3Fstatus%3DSUBMITTED&to=en&token=" + LanguageView.token());
        assertThat(_find(Button.class, spec -> spec.withId("language-switch"))).as("a link, not a button any more").isEmpty();

        follow(language);

        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("work-queue?status=SUBMITTED");
        assertThat(shown("current-role")).isEqualTo("Reviewer");
        assertThat(_get(LanguageLink.class, spec -> spec.withId("language-switch")).getText()).isEqualTo("Nederlands");
    }

    @Test
    void on_an_english_page_the_language_link_leads_back_to_dutch() {
        useEnglish();
        login(DemoUsers.REVIEWER);
        navigate("");
        LanguageLink language = _get(LanguageLink.class, spec -> spec.withId("language-switch"));
        assertThat(language.getText()).isEqualTo("Nederlands");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("nl");

        follow(language);

        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat(shown("current-role")).isEqualTo("Beoordelaar");
    }

    @Test
    void the_language_page_goes_back_only_to_a_page_of_the_application_and_switches_only_to_a_language_named_with_the_sessions_token() {
        login(DemoUsers.REVIEWER);
        navigate("language?to=en&back=https%3A%2F%2Felders.example%2Fwork-queue&token=" + LanguageView.token());
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("the start page: it forwards to the work")
                .isEqualTo("work-queue");

        navigate("language?back=work-queue");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage()).as("no language: nothing switched")
                .isEqualTo("en");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("work-queue");

        navigate("language?to=nl&back=work-queue");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage())
                .as("a link without the session's token (from another site): nothing switched").isEqualTo("en");
        navigate("language?to=nl&back=work-queue&token=" + java.util.UUID.randomUUID());
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale().getLanguage())
                .as("a link with another token: nothing switched").isEqualTo("en");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("work-queue");

        assertThat(LanguageView.inside("review/12")).isTrue();
        assertThat(LanguageView.inside("work-queue?status=SUBMITTED&call=3")).isTrue();
        assertThat(LanguageView.inside("//elders.example")).isFalse();
        assertThat(LanguageView.inside("https://elders.example")).isFalse();
        assertThat(LanguageView.inside("../admin")).isFalse();
        assertThat(LanguageView.inside("")).isFalse();
    }

    /**
     * Follows the link as the browser does: a new page at its address ({@code router-ignore}). Karibu navigates within
     * the same UI, which would keep the layout built before the switch; the reload builds the page anew, as Chromium does.
     */
    private void follow(LanguageLink link) {
        navigate(link.getHref());
        UI.getCurrent().getPage().reload();
    }

    /**
     * Sign-out is a plain form (issue 20: ~4 KB per session less than a Vaadin button with a listener): it posts the
     * session's CSRF token to Spring Security's sign-out, whose handlers end the session (LoginBrowserIT signs out through
     * it for every role, and from a page whose session had already ended).
     */
    @Test
    void sign_out_is_a_plain_form_that_posts_the_sessions_csrf_token_to_spring_securitys_sign_out() {
        login(DemoUsers.REVIEWER);
        String token = "a\"<b>&c"; // any characters reach the form as they are
        VaadinServletRequest.getCurrent().setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
        navigate("work-queue");

        Html form = _get(Html.class, spec -> spec.withClasses("sign-out"));
        assertThat(form.getElement().getTag()).isEqualTo("form");
        assertThat(form.getElement().getAttribute("method")).isEqualTo("post");
        assertThat(form.getElement().getAttribute("action")).as("Spring Security's sign-out, against the page's base").isEqualTo("logout");
        Document content = Jsoup.parseBodyFragment(form.getInnerHtml());
        assertThat(content.select("input[type=hidden][name=_csrf]")).singleElement()
                .extracting(input -> input.attr("value")).isEqualTo(token);
        assertThat(content.select("button[type=submit]#logout")).singleElement()
                .extracting(org.jsoup.nodes.Element::text).isEqualTo("Afmelden");
        assertThat(_find(Button.class, spec -> spec.withId("logout"))).as("no Vaadin button any more").isEmpty();

    }
}
