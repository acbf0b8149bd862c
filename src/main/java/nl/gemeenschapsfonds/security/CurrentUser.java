package nl.gemeenschapsfonds.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Who is signed in, for services that scope their data to the user's authority, organisation or funder. */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The account id of an authentication, e.g. a sign-in that just succeeded (for the logs); empty for any other. */
    public static Optional<Long> idOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInPrincipal principal
                ? Optional.of(principal.user().id()) : Optional.empty();
    }

    /** The signed-in user; throws when nobody is signed in. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }

    /** A name for the audit trail: the user's e-mail, or "system" for scheduled jobs and start-up. */
    public String actorName() {
        return get().map(SignedInUser::email).orElse("system");
    }

    /**
     * Whether the signed-in user has confirmed their e-mail address. Read from the database, not
     * from the session: a user who confirms while signed in counts as confirmed at once.
     */
    @Transactional(readOnly = true)
    public boolean isEmailConfirmed() {
        return users.findById(require().id()).map(AppUser::isEmailConfirmed).orElse(false);
    }

    /**
     * Refuses an action that needs a confirmed e-mail address, such as submitting an application.
     * Signing in and preparing drafts do not need it (docs/adr/0005-registration.md). Call it in
     * the service method, before changing anything.
     *
     * @throws EmailNotConfirmedException when the signed-in user has not confirmed their address;
     *                                    show the translation key {@code email.notConfirmed}
     */
    @Transactional(readOnly = true)
    public void requireConfirmedEmail() {
        if (!isEmailConfirmed()) {
            throw new EmailNotConfirmedException(require().email());
        }
    }
}
