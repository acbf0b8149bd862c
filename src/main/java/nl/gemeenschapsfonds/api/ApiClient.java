package nl.gemeenschapsfonds.api;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Set;

/**
 * An integration client as its token names it: the client id ({@code client_id}, {@code azp} or {@code sub}), the
 * authority whose data it may read (claim {@code authority}, the authority's code such as {@code GM0193}) and its
 * scopes.
 */
record ApiClient(String clientId, String authorityCode, Set<String> scopes) {

    static final String AUTHORITY_CLAIM = "authority";

    static ApiClient of(Jwt jwt) {
        String client = firstNonBlank(jwt.getClaimAsString("client_id"), jwt.getClaimAsString("azp"), jwt.getSubject());
        String scope = jwt.getClaimAsString("scope");
        return new ApiClient(client, jwt.getClaimAsString(AUTHORITY_CLAIM),
                scope == null ? Set.of() : Set.of(scope.trim().split("\\s+")));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "unknown";
    }
}
