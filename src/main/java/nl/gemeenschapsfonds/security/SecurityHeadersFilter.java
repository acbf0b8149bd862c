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
                staticResourceMayBeKept(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
                staticResourceMayBeKept(name, value);
            }
        }

        /**
         * A static resource that says how long it may be kept (Vaadin's scripts and style sheets: {@code max-age=…}) loses the
         * HTTP/1.0 {@code Pragma: no-cache} and {@code Expires: 0} set above for pages: Chromium reads {@code Pragma: no-cache}
         * in a response as {@code no-cache}, so every page load asked again for each of the ~22 scripts and style sheets
         * (issue 20 item 5: 22 requests over the network between "Inloggen" and the second-factor page). Setting a header
         * to null removes it (Servlet 6.1).
         */
        private void staticResourceMayBeKept(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name) && mayBeKept(value)) {
                super.setHeader("Pragma", null);
                super.setHeader("Expires", null);
            }
        }
    }

    private static final java.util.regex.Pattern MAX_AGE = java.util.regex.Pattern.compile("max-age=(\\d+)");

    /** A {@code Cache-Control} value that lets a browser keep the response for a while (no no-store, no no-cache). */
    static boolean mayBeKept(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String value = cacheControl.toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher maxAge = MAX_AGE.matcher(value);
        return !value.contains("no-store") && !value.contains("no-cache") && maxAge.find() && Long.parseLong(maxAge.group(1)) > 0;
    }
}
