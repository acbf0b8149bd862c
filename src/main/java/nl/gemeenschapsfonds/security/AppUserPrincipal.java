package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** The Spring Security principal: the account's credentials plus the {@link SignedInUser} with its scope. */
final class AppUserPrincipal extends User implements SignedInPrincipal, DisplayNamed {

    private final SignedInUser user;

    AppUserPrincipal(SignedInUser user, String passwordHash, boolean enabled, boolean accountNonLocked) {
        super(user.email(), passwordHash, enabled, true, true, accountNonLocked,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
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
}
