package nl.gemeenschapsfonds.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A sign-in POST from a page whose session has meanwhile ended (left open longer than the idle
 * timeout) cannot carry a valid CSRF token. Instead of the bare 403 the CSRF filter would answer,
 * it goes back to the sign-in page with the address kept and a word that the page had expired. It
 * signs nobody in, so it weakens no protection; it sits before the CSRF filter.
 */
class StaleSignInPageFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final AuthenticationFailureHandler failureHandler;

    StaleSignInPageFilter(AuthenticationFailureHandler failureHandler) {
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) == null) {
            failureHandler.onAuthenticationFailure(request, response, new ExpiredPage());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The sign-in page the form was posted from had expired. */
    static final class ExpiredPage extends AuthenticationException {
        ExpiredPage() {
            super("Sign-in form posted without a session: the page had expired");
        }
    }
}
