package nl.gemeenschapsfonds.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Ends a signed-in session {@link #ABSOLUTE_LIFETIME} after sign-in whatever the activity (the idle
 * timeout is the servlet container's), and ends every session of a user that started before their
 * password was reset or changed. The first signed-in request of a session notes the moment; a later
 * request past the limit finds the session invalidated and goes on as anonymous, so the user meets the
 * sign-in page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    static final String RENEWED_AT = SessionLifetimeFilter.class.getName() + ".renewedAt";

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Clock clock;
    private final LongFunction<Optional<Instant>> sessionsValidFrom;

    /**
     * @param sessionsValidFrom for a user id, the moment from which their sessions count (empty: all)
     */
    SessionLifetimeFilter(Clock clock, LongFunction<Optional<Instant>> sessionsValidFrom) {
        this.clock = clock;
        this.sessionsValidFrom = sessionsValidFrom;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (ended(session, signedInAt, authentication, now)) {
                log.info("Session of user {} ended (signed in at {})", authentication.getPrincipal() instanceof SignedInPrincipal principal
                        ? principal.user().id() : "?", signedInAt);
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean ended(HttpSession session, Instant signedInAt, Authentication authentication, Instant now) {
        if (!now.isBefore(signedInAt.plus(ABSOLUTE_LIFETIME))) {
            return true;
        }
        if (authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            Instant validSince = session.getAttribute(RENEWED_AT) instanceof Instant renewed && renewed.isAfter(signedInAt)
                    ? renewed : signedInAt;
            return sessionsValidFrom.apply(principal.user().id()).map(validSince::isBefore).orElse(false);
        }
        return false;
    }

    /** Keeps the current session alive after its own user changed the password (the others end). */
    static void renew(HttpSession session, Instant now) {
        session.setAttribute(RENEWED_AT, now);
    }
}
