package nl.gemeenschapsfonds.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByEmail(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AppUserPrincipal(user.toSignedInUser(), user.getPasswordHash(), user.isEnabled(),
                !user.isLockedAt(clock.instant()));
    }
}
