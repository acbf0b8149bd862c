package nl.gemeenschapsfonds.test;

import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives the shared test context the port of the tests' SMTP server ({@link Mails#SMTP}) as {@code test.smtp.port},
 * which application-test.properties's {@code spring.mail.port} reads: the property as given in the first of failsafe's
 * JVMs, a free port of its own in each further one (issue 20: the JVMs run side by side).
 */
@Component
class TestSmtpPort implements DynamicPropertyRegistrar {

    @Override
    public void accept(DynamicPropertyRegistry registry) {
        registry.add("test.smtp.port", Mails.SMTP::getPort);
    }
}
