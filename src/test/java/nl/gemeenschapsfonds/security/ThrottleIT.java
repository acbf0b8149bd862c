package nl.gemeenschapsfonds.security;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.organisation.RegistrationData;
import nl.gemeenschapsfonds.organisation.Registrations;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Registration, and the confirmation mails it sends, throttled per client address and per e-mail address. */
@IntegrationTest
class ThrottleIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    private void from(String address, Runnable work) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            work.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static RegistrationData registration(String email) {
        return new RegistrationData(email, "Aanvrager", "Vereniging " + UUID.randomUUID().toString().substring(0, 6),
                "een-lang-genoeg-wachtwoord", "een-lang-genoeg-wachtwoord", Locale.of("nl", "NL"));
    }

    private static String problem(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException.Problem problem = ((InvalidInputException) thrown).problems().getFirst();
        assertThat(problem.field()).isEqualTo("email");
        return problem.messageKey();
    }

    @Test
    void the_same_e_mail_address_registers_three_times_an_hour_and_then_is_told_to_wait_without_a_fourth_mail() throws Exception {
        String email = "herhaald-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        for (int i = 0; i < 3; i++) {
            String address = "10.1.0." + i;
            from(address, () -> registrations.register(registration(email)));
        }
        Mails.await(greenMail, email, 3);
        int mails = Mails.to(greenMail, email).size();

        Throwable thrown = catchThrowable(() -> from("10.1.0.9", () -> registrations.register(registration(email))));

        assertThat(problem(thrown)).isEqualTo("throttle.tooMany");
        Thread.sleep(300);
        assertThat(Mails.to(greenMail, email)).hasSize(mails);
    }

    @Test
    void one_client_address_registers_ten_addresses_an_hour_and_then_is_told_to_wait() {
        String address = "10.2." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 10; i++) {
            String email = "buur-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
            from(address, () -> registrations.register(registration(email)));
        }
        String eleventh = "buur-11-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        assertThat(problem(catchThrowable(() -> from(address, () -> registrations.register(registration(eleventh)))))).isEqualTo("throttle.tooMany");
        assertThat(jdbc.sql("select count(*) from app_user where email = ?").param(eleventh).query(Long.class).single()).isZero();
        from("10.3.0.1", () -> registrations.register(registration(eleventh)));
        assertThat(jdbc.sql("select count(*) from app_user where email = ?").param(eleventh).query(Long.class).single())
                .as("another address may").isOne();
    }
}
