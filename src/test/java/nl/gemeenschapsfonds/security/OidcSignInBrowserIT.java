package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.TestOidcProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through the municipality's identity provider in real Chromium: the button on the sign-in page,
 * the provider's own sign-in form ({@link TestOidcProvider}, Spring Security's authorization server on its
 * own port), no consent screen, and back in the application with the role the groups map to.
 */
class OidcSignInBrowserIT extends BrowserTest {

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
}
