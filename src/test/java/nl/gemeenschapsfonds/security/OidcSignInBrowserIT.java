package nl.gemeenschapsfonds.security;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestOidcProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through the municipality's identity provider in real Chromium: the button on the sign-in page,
 * the provider's own sign-in form ({@link TestOidcProvider}, Spring Security's authorization server on its
 * own port), no consent screen, and back in the application with the role the groups map to.
 */
class OidcSignInBrowserIT extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void providerRuns() {
        TestOidcProvider.start(port);
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    private void signInAtTheProvider(String username) {
        waitForVisible(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    void a_reviewer_signs_in_through_the_municipality_provider_and_works_as_reviewer_of_zwolle() {
        String email = TestOidcProvider.newUsername("browser") + "@zwolle.example";
        String username = TestOidcProvider.addUser(TestOidcProvider.newUsername("browser"),
                Map.of("email", email, "name", "Bart Browser", "groups", List.of("zwolle-beoordelaars")));
        open("login");

        click("login-oidc-zwolle");
        signInAtTheProvider(username);

        waitForId("work-queue-view");
        assertThat(driver.getCurrentUrl()).startsWith(url(""));
        assertThat(waitForId("current-user").getText()).isEqualTo("Bart Browser");
        assertThat(waitForId("current-role").getText()).isEqualTo("Beoordelaar");
    }

    @Test
    void a_provider_user_without_a_mapped_group_lands_on_the_no_access_page() {
        String username = TestOidcProvider.addUser(TestOidcProvider.newUsername("geen"),
                Map.of("email", TestOidcProvider.newUsername("geen") + "@zwolle.example", "groups", List.of("zwolle-kantine")));
        open("login");

        click("login-oidc-zwolle");
        signInAtTheProvider(username);

        waitForText("no-access-title", "Geen toegang");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("no-access?reason=no-role"));
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();
    }

    @Test
    void eherkenning_for_an_unregistered_organisation_starts_its_registration_with_the_kvk_number_locked_and_links_it() {
        String kvk = jdbc.sql("select min(n)::text from generate_series(91000000, 91001000) n where n::text not in "
                + "(select kvk_number from organisation where kvk_number is not null)").query(String.class).single();
        String email = TestOidcProvider.newUsername("olga") + "@dorpshuis.example";
        String pseudonym = TestOidcProvider.addUser(TestOidcProvider.newUsername("eh-olga"),
                Map.of("email", email, "name", "Olga Ondernemer", "kvk", kvk));
        open("login");
        assertThat(waitForId("login-oidc-broker").getText()).isEqualTo("Inloggen met eHerkenning");

        click("login-oidc-broker");
        signInAtTheProvider(pseudonym);

        WebElement kvkField = waitForId("registration-kvk");
        assertThat(kvkField.findElement(By.cssSelector("input")).getDomProperty("value")).isEqualTo(kvk);
        assertThat(kvkField.getDomAttribute("readonly")).as("locked").isNotNull();
        assertThat(waitForId("email").findElement(By.cssSelector("input")).getDomProperty("value")).isEqualTo(email);
        type("legal-name", "Dorpshuis Olga");
        type("password", "Een-lang-genoeg-wachtwoord-2027");
        type("password-repeat", "Een-lang-genoeg-wachtwoord-2027");
        click("register-submit");
        waitForId("registration-sent");

        long organisation = jdbc.sql("select id from organisation where kvk_number = ? and legal_name = 'Dorpshuis Olga'")
                .param(kvk).query(Long.class).single();
        assertThat(jdbc.sql("select u.organisation_id from oidc_link l join app_user u on u.id = l.user_id where l.subject = ?")
                .param(pseudonym).query(Long.class).single()).isEqualTo(organisation);

        // the next eHerkenning sign-in finds the account
        driver.manage().deleteAllCookies();
        open("login");
        click("login-oidc-broker");
        signInAtTheProvider(pseudonym);
        waitForId("my-applications-view");
        assertThat(waitForId("current-user").getText()).isEqualTo("Olga Ondernemer");
    }
}
