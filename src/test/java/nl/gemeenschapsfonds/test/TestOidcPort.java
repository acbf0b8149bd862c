package nl.gemeenschapsfonds.test;

import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives the shared test context the port of the in-test OpenID Connect provider ({@link TestOidcProvider})
 * as {@code test.oidc.port}, which the OIDC registrations of application-test.properties use. Only the
 * port: the provider starts when a test first signs in through it, and the application reads a provider's
 * metadata only then (security.OidcClientRegistrations), so the other tests never wait for it.
 */
@Component
class TestOidcPort implements DynamicPropertyRegistrar {

    @Override
    public void accept(DynamicPropertyRegistry registry) {
        registry.add("test.oidc.port", TestOidcProvider::port);
    }
}
