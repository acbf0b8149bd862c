package nl.gemeenschapsfonds.test;

import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives the shared test context the port of the tests' SMTP server ({@link Mails#SMTP}) as {@code test.smtp.port},
 * which application-test.properties's {@code spring.mail.port} reads: the property as given, or a free port of its own
 * in each of failsafe's JVMs when several run side by side ({@code -Dit.forks=2}, issue 20).
 */
@Component
class TestSmtpPort implements DynamicPropertyRegistrar {

    @Override
    public void accept(DynamicPropertyRegistry registry) {
        registry.add("test.smtp.port", Mails.SMTP::getPort);
    }
}
