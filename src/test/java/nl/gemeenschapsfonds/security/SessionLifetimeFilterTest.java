package nl.gemeenschapsfonds.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute session lifetime and the end of sessions after a password change, against a clock the test moves. */
class SessionLifetimeFilterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T08:00:00Z"));
    private final AtomicReference<Optional<Instant>> validFrom = new AtomicReference<>(Optional.empty());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(clock, id -> validFrom.get());
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** One request of the signed-in user in this session; answers whether it still counted as signed in. */
    private boolean request() throws Exception {
        var user = new SignedInUser(7, "x@example.org", "X", Role.REVIEWER, 1L, null, null, Locale.ROOT);
        var principal = new AppUserPrincipal(user, "hash", true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/work-queue");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return !session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
    }

    private void later(Duration duration) {
        now.set(now.get().plus(duration));
    }

    @Test
    void a_session_ends_twelve_hours_after_sign_in_however_busy_it_is() throws Exception {
        assertThat(request()).isTrue();
        for (int hour = 1; hour < 12; hour++) {
            later(Duration.ofHours(1));
            assertThat(request()).as("after %d hours of work", hour).isTrue();
        }
        later(Duration.ofMinutes(59));
        assertThat(request()).as("11:59 after sign-in").isTrue();
        later(Duration.ofMinutes(1));
        assertThat(request()).as("12:00 after sign-in").isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_password_change_elsewhere_ends_this_session_but_not_the_one_that_made_it() throws Exception {
        assertThat(request()).isTrue();
        later(Duration.ofMinutes(5));
        validFrom.set(Optional.of(now.get()));
        SessionLifetimeFilter.renew(session, now.get());
        assertThat(request()).as("the session that changed the password goes on").isTrue();

        HttpSession other = new MockHttpSession();
        other.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, now.get().minusSeconds(60));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(other);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(((MockHttpSession) other).isInvalid()).as("a session signed in before the change ends").isTrue();
    }
}
