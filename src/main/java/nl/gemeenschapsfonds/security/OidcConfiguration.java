package nl.gemeenschapsfonds.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of sign-in through an identity provider (see {@link OidcSignIns}); inactive without registrations. */
@Configuration
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

    @Bean
    OidcClientRegistrations oidcClientRegistrations(OidcProperties properties) {
        return new OidcClientRegistrations(properties);
    }

    @Bean
    OidcSignIns oidcSignIns(OidcProperties properties, OidcClientRegistrations registrations, OidcAccounts accounts,
                            BrokerRegistrations brokerRegistrations) {
        return new OidcSignIns(properties, registrations, accounts, brokerRegistrations);
    }
}
