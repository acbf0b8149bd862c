package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.i18n.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Creating accounts and keeping a user's preferences. */
@Service
public class UserAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Remembers the language a user chose, so mails and letters reach them in it too. */
    @EventListener
    @Transactional
    public void rememberLanguage(LanguageChosen chosen) {
        users.findByEmail(chosen.username()).ifPresent(user ->
                user.setPreferredLocale("en".equals(chosen.locale().getLanguage()) ? "en" : "nl"));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByEmail(String email) {
        return users.findByEmail(email);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return users.existsByRole(role);
    }

    /** Creates an account with a hashed password. The caller makes sure the scope fits the role. */
    @Transactional
    public AppUser create(String email, String displayName, String rawPassword, Role role,
                          Long authorityId, Long organisationId, Long funderId) {
        AppUser user = new AppUser(email, displayName, passwordEncoder.encode(rawPassword), role,
                authorityId, organisationId, funderId);
        user.confirmEmail();
        return users.save(user);
    }
}
