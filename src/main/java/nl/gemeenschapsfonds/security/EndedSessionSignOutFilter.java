package nl.gemeenschapsfonds.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A sign-out POST (the layout's plain form) from a page whose session has already ended (idle timeout, signed out in
 * another tab) carries the CSRF token of a session that is gone: the CSRF filter would answer a bare 403. Nobody is
 * signed in there, so there is nothing to sign out and nothing to protect: it goes to the sign-in page with the word
 * that the user is signed out, as a sign-out does. A session that is signed in goes on to the CSRF check and Spring
 * Security's logout. Sits before the CSRF filter, as {@link StaleSignInPageFilter} does for the sign-in.
 */
class EndedSessionSignOutFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_OUT = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_OUT.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
            return;
        }
        chain.doFilter(request, response);
    }
}
