package nl.gemeenschapsfonds.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;
    private final List<SignInCheck> checks;

    AppUserDetailsService(AppUserRepository users, Clock clock, List<SignInCheck> checks) {
        this.users = users;
        this.clock = clock;
        this.checks = List.copyOf(checks);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByEmail(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        SignedInUser signedIn = user.toSignedInUser();
        boolean enabled = user.isEnabled() && checks.stream().allMatch(check -> check.allows(signedIn));
        return new AppUserPrincipal(signedIn, user.getPasswordHash(), enabled, !user.isLockedAt(clock.instant()));
    }
}
