package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a new staff member signs in with the password, sets up the authenticator from the QR code
 * (drawn by the server, shown under the content security policy), types its code and reaches the start page,
 * and the session keeps the completed sign-in on the next page load.
 */
class SecondFactorBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void new_staff_set_up_the_authenticator_at_the_first_sign_in_and_stay_signed_in_after_it() {
        long authority = jdbc.sql("select id from authority where code = 'GM0193'").query(Long.class).single();
        String email = "browser-tweede-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(email, "Bea Browser", "a-long-enough-password", Role.REVIEWER, authority, null, null);
        driver.manage().deleteAllCookies();

        open("login");
        login(email, "a-long-enough-password");
        waitForId("second-factor-enrolment");
        Object qrWidth = ((JavascriptExecutor) driver).executeScript(
                "const img = document.getElementById('second-factor-qr'); return img.complete ? img.naturalWidth : -1;");
        assertThat(((Number) qrWidth).intValue()).as("the QR code PNG is shown").isEqualTo(240);
        String secret = waitForId("second-factor-secret").getText().replace(" ", "");

        type("second-factor-enrol-code", Totp.code(secret, clock.instant()));
        click("second-factor-enrol-confirm");
        assertThat(waitForId("second-factor-recovery-codes").findElements(By.tagName("li"))).hasSize(10);
        click("second-factor-recovery-done");
        waitForId("work-queue-view");

        open("work-queue");
        waitForId("work-queue-view");
        assertThat(driver.findElements(By.id("second-factor-view"))).as("the completed sign-in is kept in the session").isEmpty();
        waitForId("logout").click();
        waitForId("login-view");
    }
}
