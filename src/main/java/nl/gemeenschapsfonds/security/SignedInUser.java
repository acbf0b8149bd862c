package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.DisplayNamed;

import java.util.Locale;
import java.util.Objects;

/**
 * The signed-in user with the scope their role works in: an authority for staff, an
 * organisation for applicants, a funder for funders. Services read the scope from here,
 * never from a request parameter.
 */
public record SignedInUser(long id, String email, String displayName, Role role,
                           Long authorityId, Long organisationId, Long funderId, Locale locale)
        implements DisplayNamed {

    public SignedInUser {
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
    }

    /** The authority a staff user works for; throws when this user has none. */
    public long requireAuthority() {
        if (authorityId == null) {
            throw new ScopeException("User " + email + " does not work for an authority");
        }
        return authorityId;
    }

    public long requireOrganisation() {
        if (organisationId == null) {
            throw new ScopeException("User " + email + " does not belong to an organisation");
        }
        return organisationId;
    }

    public long requireFunder() {
        if (funderId == null) {
            throw new ScopeException("User " + email + " does not belong to a funder");
        }
        return funderId;
    }
}
