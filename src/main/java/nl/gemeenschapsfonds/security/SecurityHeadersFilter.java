package nl.gemeenschapsfonds.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sets the security headers on every response. A plain servlet filter rather than Spring
 * Security's header writers, because Vaadin serves its anonymous routes (the sign-in page)
 * outside the security filter chain.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * Vaadin's client needs inline scripts and styles and {@code eval}; everything else comes from
     * this origin only, and no other site may frame the application.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // the same on every page, also the sign-in page that Vaadin serves past Spring Security's header writers:
        // no framing at all (as frame-ancestors above), and nothing kept in caches unless a static resource says so
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        if (request.isSecure()) {
            // behind the TLS proxy, isSecure() follows X-Forwarded-Proto (prod: server.forward-headers-strategy)
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new FrameOptionsKept(response));
    }

    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Keeps X-Frame-Options at DENY whatever a later writer would set (Vaadin answers the sign-in page with SAMEORIGIN). */
    private static final class FrameOptionsKept extends jakarta.servlet.http.HttpServletResponseWrapper {

        FrameOptionsKept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
