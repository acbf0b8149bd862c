package nl.gemeenschapsfonds.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Refuses a sign-in POST that comes too soon after failures ({@link SignInDelays}) before the password
 * is checked, and answers it as a failed sign-in that says how long to wait. It sits after the CSRF
 * filter, so an attempt without the form's token never gets this far.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginAttempts attempts;
    private final AuthenticationFailureHandler failureHandler;

    SignInThrottleFilter(LoginAttempts attempts, AuthenticationFailureHandler failureHandler) {
        this.attempts = attempts;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userName = request.getParameter("username");
        Duration wait = attempts.waitBefore(userName, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        attempts.tooSoon(userName, request.getRemoteAddr(), wait);
        failureHandler.onAuthenticationFailure(request, response, new SignInDelayedException(wait));
    }
}
