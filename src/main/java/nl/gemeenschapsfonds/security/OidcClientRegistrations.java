package nl.gemeenschapsfonds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured registrations as Spring Security's client registrations. A provider's metadata is read
 * the first time someone signs in through it, not at start-up: an identity provider that is down must
 * not keep the application (and its password sign-in) from starting. Once read, it is kept.
 */
class OidcClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(OidcClientRegistrations.class);

    private final OidcProperties properties;
    private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

    OidcClientRegistrations(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        OidcProperties.Registration registration = properties.registrations().get(registrationId);
        if (registration == null) {
            return null;
        }
        return resolved.computeIfAbsent(registrationId, id -> resolve(id, registration));
    }

    private static ClientRegistration resolve(String id, OidcProperties.Registration registration) {
        try {
            ClientRegistration.Builder builder = registration.discoveryUri() == null
                    ? ClientRegistrations.fromOidcIssuerLocation(registration.issuerUri())
                    : ClientRegistrations.fromOidcConfiguration(metadata(registration));
            return builder.registrationId(id)
                    .clientId(registration.clientId())
                    .clientSecret(registration.clientSecret())
                    .scope(registration.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .userNameAttributeName("sub")
                    .clientName(registration.name() == null ? id : registration.name())
                    .build();
        } catch (RuntimeException e) {
            log.error("Cannot read the metadata of OIDC registration '{}' (issuer {}): {}", id, registration.issuerUri(), e.toString());
            throw e;
        }
    }

    /** The metadata from the discovery address, refused unless it names the configured issuer. */
    private static Map<String, Object> metadata(OidcProperties.Registration registration) {
        Map<String, Object> metadata = RestClient.create().get().uri(registration.discoveryUri()).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
        Object issuer = metadata == null ? null : metadata.get("issuer");
        if (!Objects.equals(issuer, registration.issuerUri())) {
            throw new IllegalStateException("The metadata at " + registration.discoveryUri() + " names issuer " + issuer
                    + ", not the configured " + registration.issuerUri());
        }
        return metadata;
    }
}
