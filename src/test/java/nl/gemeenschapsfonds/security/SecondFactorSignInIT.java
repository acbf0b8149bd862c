package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP, through the real login form: a staff password alone reaches no plain path outside the views either. */
@IntegrationTest
class SecondFactorSignInIT {

    private static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_staff_password_sign_in_reaches_no_download_until_the_second_factor_and_the_demo_staff_need_none() throws Exception {
        long authority = jdbc.sql("select id from authority where code = 'GM0193'").query(Long.class).single();
        String email = "http-tweede-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(email, "Hans Http", PASSWORD, Role.REVIEWER, authority, null, null);

        SignInClient staff = new SignInClient(port, "198.51.100.41");
        assertThat(staff.signIn(email, PASSWORD)).isEqualTo("/");
        assertThat(staff.status("/attachments/1/1")).as("signed in with the password only: refused").isEqualTo(403);

        SignInClient demo = new SignInClient(port, "198.51.100.42");
        assertThat(demo.signIn(DemoUsers.REVIEWER, DemoUsers.PASSWORD)).isEqualTo("/");
        assertThat(demo.status("/attachments/1/1")).as("exempt in the demo: the download answers (no such file)")
                .isNotEqualTo(403).isNotEqualTo(302);
    }
}
