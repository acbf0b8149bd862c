package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.Menus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.DetachedShadowRootException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first issue, in real Chromium: each role signs in through the real login page, sees its own
 * home view and menu, and signs out; wrong credentials do not get in; the language can be switched
 * on the login page and in the layout, and the choice is remembered.
 */
class LoginBrowserIT extends BrowserTest {

    /** What each role sees right after signing in, in Dutch. The menu follows the views' {@code @RolesAllowed}. */
    private record Expected(String email, String name, String homeViewId, String roleLabel, Role role) {

        List<String> menu() {
            return Menus.expectedLabels(role, Locale.of("nl", "NL"));
        }
    }

    private static Expected expected(Role role) {
        return switch (role) {
            case APPLICANT -> new Expected(DemoUsers.APPLICANT, "Anna de Vries", "my-applications-view", "Aanvrager", role);
            case REVIEWER -> new Expected(DemoUsers.REVIEWER, "Bram Jansen", "work-queue-view", "Beoordelaar", role);
            case DECISION_MAKER -> new Expected(DemoUsers.DECISION_MAKER, "Dina Bakker", "work-queue-view", "Budgethouder", role);
            case FINANCE -> new Expected(DemoUsers.FINANCE, "Fatima El Amrani", "payments-view", "Financiën", role);
            case FUNDER -> new Expected(DemoUsers.FUNDER, "Frank Visser", "funder-projects-view", "Financier", role);
            case ADMIN -> new Expected(DemoUsers.ADMIN, "Ans Mulder", "funds-view", "Fondsbeheerder", role);
        };
    }

    @BeforeEach
    void freshBrowserState() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void each_role_signs_in_sees_its_own_home_view_and_menu_and_signs_out(Role role) {
        Expected expected = expected(role);
        open("login");
        assertThat(loginFormTitle()).isEqualTo("Inloggen");

        login(expected.email(), DemoUsers.PASSWORD);

        waitForId(expected.homeViewId());
        assertThat(waitForId("current-user").getText()).isEqualTo(expected.name());
        assertThat(waitForId("current-role").getText()).isEqualTo(expected.roleLabel());
        assertThat(menuLabels()).containsExactlyElementsOf(expected.menu());

        waitForId("logout").click();

        // the login view forwards a signed-in user to the home view, so seeing it means the session is gone
        waitForId("login-view");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(loginFormTitle()).isEqualTo("Inloggen");
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();
    }

    /**
     * "Afmelden" is a plain form posting the session's CSRF token (base/ui/SignOutForm). A page left open after its
     * session ended posts a token of a session that is gone: the user lands on the sign-in page, as a sign-out does,
     * not on a refusal of the token (security/EndedSessionSignOutFilter).
     */
    @Test
    void signing_out_from_a_page_whose_session_has_already_ended_leads_to_the_sign_in_page() {
        open("login");
        login(DemoUsers.APPLICANT, DemoUsers.PASSWORD);
        waitForId("my-applications-view");
        driver.manage().deleteCookieNamed("JSESSIONID"); // the session ended (idle timeout) while the page stayed open

        waitForId("logout").click();

        waitForId("login-view");
        assertThat(driver.getCurrentUrl()).contains("/login?logout");
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();
    }

    @Test
    void failed_sign_in_shows_the_error_message_and_does_not_sign_in() {
        // A wrong password and an unknown address get the same message (LoginView). An address of its own
        // leaves the demo accounts' failure counts alone (all integration tests share one database).
        open("login");
        login("onbekend.browsertest@gemeenschapsfonds.test", "niet-het-wachtwoord");

        WebElement error = waiting().until(d -> {
            WebElement part = loginErrorMessage();
            return part.isDisplayed() ? part : null;
        });
        assertThat(error.getText()).contains("Inloggen niet gelukt").contains("Het e-mailadres of wachtwoord klopt niet. "
                + "Controleer uw gegevens en probeer het opnieuw.");
        assertThat(driver.getCurrentUrl()).contains("/login?error");
        // the address typed stays, so only the password has to be typed again (issue 13)
        WebElement username = waitForId("login-view").findElement(By.tagName("vaadin-login-form"))
                .findElement(By.cssSelector("input[name=username]"));
        waiting().until(d -> "onbekend.browsertest@gemeenschapsfonds.test".equals(username.getDomProperty("value")));
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();

        open("");
        waitForId("login-view");
        assertThat(driver.findElements(By.id("my-applications-view"))).isEmpty();
    }

    @Test
    void language_chosen_on_the_login_page_is_remembered_and_can_be_switched_back_in_the_layout() {
        open("login");
        assertThat(loginFormTitle()).isEqualTo("Inloggen");

        switchTo("English");

        // the switch renders the form anew: a shadow root read in between may already be detached
        waiting().ignoring(DetachedShadowRootException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> "Sign in".equals(loginFormTitle()));
        assertThat(driver.getTitle()).startsWith("Sign in");
        assertThat(driver.manage().getCookieNamed("gf-lang")).extracting(Cookie::getValue).isEqualTo("en");

        // a new session in the same browser: only the cookie can remember the language
        driver.manage().deleteCookieNamed("JSESSIONID");
        open("login");
        assertThat(loginFormTitle()).isEqualTo("Sign in");

        login(DemoUsers.REVIEWER, DemoUsers.PASSWORD);
        waitForId("work-queue-view");
        assertThat(waitForId("current-role").getText()).isEqualTo("Reviewer");
        assertThat(menuLabels()).containsExactlyElementsOf(Menus.expectedLabels(Role.REVIEWER, Locale.of("en", "GB")));

        switchTo("Nederlands");

        waiting().until(d -> "Beoordelaar".equals(d.findElement(By.id("current-role")).getText()));
        assertThat(menuLabels()).containsExactlyElementsOf(Menus.expectedLabels(Role.REVIEWER, Locale.of("nl", "NL")));
        assertThat(waitForId("logout").getText()).isEqualTo("Afmelden");
        assertThat(driver.manage().getCookieNamed("gf-lang")).extracting(Cookie::getValue).isEqualTo("nl");
    }

    /** The labels of the side menu's items, as shown. */
    private List<String> menuLabels() {
        return texts(waitForId("main-menu").findElements(By.cssSelector("vaadin-side-nav-item")));
    }

    /** The title of the login form; it lives in the form's shadow DOM. */
    private String loginFormTitle() {
        WebElement form = waitForId("login-view").findElement(By.tagName("vaadin-login-form"));
        return form.getShadowRoot().findElement(By.cssSelector("[part=form-title]")).getText();
    }

    /** The login form's error message, two shadow roots deep: vaadin-login-form > vaadin-login-form-wrapper. */
    private WebElement loginErrorMessage() {
        WebElement form = waitForId("login-view").findElement(By.tagName("vaadin-login-form"));
        WebElement wrapper = form.getShadowRoot().findElement(By.cssSelector("vaadin-login-form-wrapper"));
        return wrapper.getShadowRoot().findElement(By.cssSelector("[part=error-message]"));
    }
}
