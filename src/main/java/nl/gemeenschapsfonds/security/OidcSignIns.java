package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.security.OidcRefusal.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sign-in through the configured identity providers: the buttons on the sign-in page, the redirect
 * to the provider and back (Spring Security's OAuth 2.0 login), and what a returning ID token becomes:
 * an account of this application, or the "no access" page with the reason.
 */
public class OidcSignIns {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIns.class);

    /** A sign-in button: {@code oauth2/authorization/<id>} starts it. */
    public record Option(String id, OidcProperties.Kind kind, String name) {

        public String path() {
            return "oauth2/authorization/" + id;
        }
    }

    private final OidcProperties properties;
    private final OidcClientRegistrations clientRegistrations;
    private final OidcAccounts accounts;
    private final BrokerRegistrations brokerRegistrations;
    private final OidcUserService providerUsers = new OidcUserService();

    OidcSignIns(OidcProperties properties, OidcClientRegistrations clientRegistrations, OidcAccounts accounts,
                BrokerRegistrations brokerRegistrations) {
        this.properties = properties;
        this.clientRegistrations = clientRegistrations;
        this.accounts = accounts;
        this.brokerRegistrations = brokerRegistrations;
    }

    /** The configured ways in besides the password, in the order of the configuration. */
    public List<Option> options() {
        return properties.registrations().entrySet().stream()
                .map(entry -> new Option(entry.getKey(), entry.getValue().kind(), entry.getValue().buttonName(Locale.ROOT)))
                .toList();
    }

    /** Switches OIDC sign-in on in the application's filter chain, when any registration is configured. */
    void applyTo(HttpSecurity http) throws Exception {
        if (properties.registrations().isEmpty()) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(clientRegistrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                .failureHandler(failureHandler()));
    }

    /** The provider's user, checked and turned into this application's account. */
    OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = providerUsers.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        OidcProperties.Registration registration = properties.registrations().get(registrationId);
        OidcIdToken idToken = oidcUser.getIdToken();
        requireAssurance(registrationId, registration, idToken);
        String issuer = String.valueOf(idToken.getIssuer());
        Map<String, Object> claims = oidcUser.getClaims();
        SignedInUser user = switch (registration.kind()) {
            case STAFF -> accounts.signInStaff(registrationId, registration, issuer, oidcUser.getSubject(), claims);
            case EHERKENNING -> {
                String pseudonym = pseudonym(registrationId, registration, claims);
                try {
                    yield accounts.signInEherkenning(registrationId, registration, issuer, pseudonym, claims);
                } catch (OidcAccounts.UnknownOrganisation unknown) {
                    log.info("eHerkenning sign-in for KvK {}, which no organisation has registered with: to the registration",
                            unknown.kvk());
                    brokerRegistrations.remember(new BrokerRegistrations.Pending(unknown.kvk(),
                            optional(claims.get(registration.emailClaim())), optional(claims.get(registration.nameClaim())),
                            issuer, pseudonym, registrationId));
                    throw new OidcRefusal(Reason.UNKNOWN_ORGANISATION, "KvK " + unknown.kvk());
                }
            }
            case DIGID -> {
                String pseudonym = pseudonym(registrationId, registration, claims);
                try {
                    yield accounts.signInDigid(registrationId, issuer, pseudonym);
                } catch (OidcRefusal refusal) {
                    if (refusal.reason() == Reason.NOT_LINKED) {
                        brokerRegistrations.remember(new BrokerRegistrations.Pending(null,
                                optional(claims.get(registration.emailClaim())), optional(claims.get(registration.nameClaim())),
                                issuer, pseudonym, registrationId));
                    }
                    throw refusal;
                }
            }
        };
        return new OidcAppUser(user, oidcUser);
    }

    private static void requireAssurance(String registrationId, OidcProperties.Registration registration, OidcIdToken idToken) {
        if (registration.requiredAcr() != null && !registration.requiredAcr().equals(idToken.getAuthenticationContextClass())) {
            log.warn("OIDC sign-in through '{}' refused: acr {} is not {}", registrationId,
                    idToken.getAuthenticationContextClass(), registration.requiredAcr());
            throw new OidcRefusal(Reason.ASSURANCE, "acr");
        }
        if (registration.requiredAmr() != null) {
            Object amr = idToken.getClaim("amr");
            boolean present = amr instanceof Collection<?> methods ? methods.stream().map(String::valueOf)
                    .anyMatch(registration.requiredAmr()::equals) : registration.requiredAmr().equals(String.valueOf(amr));
            if (!present) {
                log.warn("OIDC sign-in through '{}' refused: amr {} lacks {}", registrationId, amr, registration.requiredAmr());
                throw new OidcRefusal(Reason.ASSURANCE, "amr");
            }
        }
    }

    /** The broker's pseudonym for the person; a value shaped like a BSN is refused and never stored. */
    private static String pseudonym(String registrationId, OidcProperties.Registration registration, Map<String, Object> claims) {
        Object value = claims.get(registration.pseudonymClaim());
        String pseudonym = value == null ? "" : String.valueOf(value).strip();
        if (pseudonym.isEmpty() || pseudonym.length() > 255) {
            throw new OidcRefusal(Reason.CONFIGURATION, "no pseudonym in claim " + registration.pseudonymClaim());
        }
        if (Bsn.looksLikeOne(pseudonym)) {
            log.error("OIDC registration '{}' sends what looks like a BSN in claim '{}'; refused, not stored. "
                    + "Configure the broker to send a pseudonym.", registrationId, registration.pseudonymClaim());
            throw new OidcRefusal(Reason.CONFIGURATION, "BSN-shaped pseudonym");
        }
        return pseudonym;
    }

    private static String optional(Object claim) {
        return claim == null ? "" : String.valueOf(claim).strip();
    }

    private static AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler fallback = new SimpleUrlAuthenticationFailureHandler("/no-access?reason=failed");
        return (request, response, exception) -> {
            if (exception instanceof OidcRefusal refusal && refusal.reason() == Reason.UNKNOWN_ORGANISATION) {
                // the registration starts with the KvK number the broker vouched for (BrokerRegistrations)
                response.sendRedirect(request.getContextPath() + "/register?eherkenning");
            } else if (exception instanceof OidcRefusal refusal && refusal.reason() == Reason.NOT_LINKED) {
                response.sendRedirect(request.getContextPath() + "/register?digid");
            } else if (exception instanceof OidcRefusal refusal) {
                response.sendRedirect(request.getContextPath() + "/no-access?reason=" + refusal.reason().code);
            } else {
                log.warn("OIDC sign-in failed: {}", exception.getMessage());
                fallback.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
