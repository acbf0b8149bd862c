package nl.gemeenschapsfonds.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenID Connect registrations this installation trusts, under {@code app.oidc.registrations.<id>}:
 * a municipality's own identity provider for its staff ({@link Kind#STAFF}), or a DigiD/eHerkenning broker.
 * None by default: then the sign-in page shows only the password form. See the README, "Sign-in with an
 * identity provider", and docs/adr/0021-identity-oidc-and-broker.md.
 */
@ConfigurationProperties("app.oidc")
public record OidcProperties(Map<String, Registration> registrations) {

    public OidcProperties {
        registrations = registrations == null ? Map.of() : new LinkedHashMap<>(registrations);
        registrations.forEach((id, registration) -> registration.check(id));
    }

    /** What a registration signs people in as. */
    public enum Kind {
        /** Staff of one authority, with roles from a claim or group mapping. */
        STAFF,
        /** eHerkenning through a broker: the ID token carries the organisation's KvK number. */
        EHERKENNING,
        /** DigiD through a broker: the ID token carries a pseudonym, never a BSN. */
        DIGID
    }

    /**
     * One registration.
     *
     * @param kind             STAFF (default), EHERKENNING or DIGID
     * @param name             what the sign-in button says after "Inloggen met" (staff), e.g. "Gemeente Zwolle"
     * @param issuerUri        the provider's issuer; its ID tokens must carry exactly this {@code iss}
     * @param discoveryUri     where to read the provider's metadata when that differs from
     *                         {@code <issuer-uri>/.well-known/openid-configuration} (a provider reached
     *                         under another host name inside a container network); optional
     * @param clientId         this application's client id at the provider
     * @param clientSecret     its secret
     * @param scopes           default {@code openid, profile, email}
     * @param emailClaim       the claim holding the e-mail address, default {@code email}
     * @param nameClaim        the claim holding the display name, default {@code name}
     * @param roleClaim        the claim holding the groups or roles that {@code roles} maps, default {@code groups}
     * @param roles            claim value to role (staff roles only), e.g. {@code roles[gf-beoordelaars]=REVIEWER}
     * @param authority        the code of the authority every account of this registration works for (staff)
     * @param requiredAcr      when set, the ID token's {@code acr} must equal it
     * @param requiredAmr      when set, the ID token's {@code amr} must contain it
     * @param kvkClaim         the claim with the KvK number (eHerkenning), default {@code kvk}
     * @param pseudonymClaim   the claim identifying the person at the broker, default {@code sub}
     */
    public record Registration(Kind kind, String name, String issuerUri, String discoveryUri, String clientId,
                               String clientSecret, List<String> scopes, String emailClaim, String nameClaim,
                               String roleClaim, Map<String, Role> roles, String authority, String requiredAcr,
                               String requiredAmr, String kvkClaim, String pseudonymClaim) {

        public Registration {
            kind = kind == null ? Kind.STAFF : kind;
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
            emailClaim = blankTo(emailClaim, "email");
            nameClaim = blankTo(nameClaim, "name");
            roleClaim = blankTo(roleClaim, "groups");
            roles = roles == null ? Map.of() : new LinkedHashMap<>(roles);
            kvkClaim = blankTo(kvkClaim, "kvk");
            pseudonymClaim = blankTo(pseudonymClaim, "sub");
            discoveryUri = blankTo(discoveryUri, null);
            requiredAcr = blankTo(requiredAcr, null);
            requiredAmr = blankTo(requiredAmr, null);
        }

        /** Refuses at start-up what would sign people in wrongly later. */
        void check(String id) {
            require(issuerUri, id, "issuer-uri");
            require(clientId, id, "client-id");
            if (!id.matches("[a-z0-9-]+")) {
                throw new IllegalStateException("OIDC registration id '" + id + "' may hold only a-z, 0-9 and '-'");
            }
            if (kind == Kind.STAFF) {
                require(authority, id, "authority");
                roles.forEach((value, role) -> {
                    if (role == null || !role.isStaff()) {
                        throw new IllegalStateException("OIDC registration '" + id + "' maps '" + value + "' to " + role
                                + ": a staff registration can only give REVIEWER, DECISION_MAKER, FINANCE or ADMIN");
                    }
                });
            }
        }

        /** The role mapping of this registration as a policy. */
        public OidcRoleMapping roleMapping() {
            return new OidcRoleMapping(roleClaim, roles);
        }

        /** The text after "Inloggen met" on the sign-in button. */
        String buttonName(Locale locale) {
            return name == null || name.isBlank() ? issuerUri : name;
        }

        private static void require(String value, String id, String property) {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("OIDC registration '" + id + "' needs app.oidc.registrations." + id + "." + property);
            }
        }

        private static String blankTo(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value.trim();
        }
    }
}
