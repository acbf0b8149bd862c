package nl.gemeenschapsfonds.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which role a staff member gets from the claims of their identity provider: the values of one claim
 * (a list of groups or a single string) looked up in the registration's mapping. A user has one role in
 * this application (ADR 0002); when the claims map to several, the one with the least power counts (the
 * order of {@link Role}), so a forgotten group never hands out more than intended. The authority is not
 * in here at all: it is the registration's, whatever the claims say.
 */
public record OidcRoleMapping(String claim, Map<String, Role> roles) {

    public OidcRoleMapping {
        roles = Map.copyOf(roles);
    }

    /** The role these claims give, or empty when none of their values is mapped. */
    public Optional<Role> roleFor(Map<String, Object> claims) {
        return values(claims.get(claim)).stream()
                .map(roles::get)
                .filter(role -> role != null && role.isStaff())
                .min(Comparator.naturalOrder());
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String text) {
            // a provider may send one role as a string, or several separated by spaces or commas
            for (String value : text.split("[\\s,]+")) {
                if (!value.isBlank()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
