package nl.gemeenschapsfonds.benchmark;

import nl.gemeenschapsfonds.security.Totp;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's authenticator app (SignInTiming, the Vaadin-protocol client): a first code is the current step's, so
 * that it is still accepted when the server checks it in the next 30-second step (the server accepts the step before, the
 * current and the next one). It used to be the previous step's code, refused once a step boundary passed between reading
 * the code and the server's check: the sign-in then stayed on the second-factor page (issue 20 item 5).
 */
class AuthenticatorTest {

    @Test
    void a_first_code_is_the_current_steps_code_not_the_previous_ones() throws Exception {
        long before = Instant.now().getEpochSecond() / 30;
        String code = ReviewerClient.Authenticator.nextCode("fresh-" + System.nanoTime() + "@benchmark.test");
        long after = Instant.now().getEpochSecond() / 30;
        assertThat(code).isIn(Totp.code(DataGenerator.TOTP_SECRET, Instant.ofEpochSecond(before * 30)),
                Totp.code(DataGenerator.TOTP_SECRET, Instant.ofEpochSecond(after * 30)));
        assertThat(code).isNotEqualTo(Totp.code(DataGenerator.TOTP_SECRET, Instant.ofEpochSecond((before - 1) * 30)));
    }

    @Test
    void a_second_sign_in_of_the_same_account_in_the_same_step_takes_the_next_steps_code() throws Exception {
        String account = "twice-" + System.nanoTime() + "@benchmark.test";
        String first = ReviewerClient.Authenticator.nextCode(account);
        String second = ReviewerClient.Authenticator.nextCode(account);
        assertThat(second).isNotEqualTo(first);
    }
}
