package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;

/**
 * A person signed in through an identity provider: the provider's ID token, and the account it is
 * linked to with that account's one role. The role comes from the account, never from the token.
 */
final class OidcAppUser extends DefaultOidcUser implements SignedInPrincipal, DisplayNamed {

    private final SignedInUser user;

    OidcAppUser(SignedInUser user, OidcUser oidcUser) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())), oidcUser.getIdToken(), oidcUser.getUserInfo(), "sub");
        this.user = user;
    }

    @Override
    public SignedInUser user() {
        return user;
    }

    @Override
    public String displayName() {
        return user.displayName();
    }

    /** The account's e-mail, so audit lines and "signed in as" name the account, not the provider's subject. */
    @Override
    public String getName() {
        return user.email();
    }
}
