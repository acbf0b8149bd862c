package nl.gemeenschapsfonds.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every log line written while a request is handled carries its correlation id ({@code correlation.id}) and, once
 * the user is known, the user's id ({@code user.id}, never a name or an e-mail address) through the logging MDC; the
 * structured (JSON) logs write them as fields (docs/operations.md, "Logs"). The correlation id is the caller's
 * {@code X-Request-Id} (a load balancer or a client may set one; HAProxy in ops/cluster does), else the trace id of
 * a W3C {@code traceparent}, else a new one; the response returns it in {@code X-Request-Id}, so a user who reports an
 * error can quote it. Logger {@code nl.gemeenschapsfonds.ops.RequestLog} at INFO writes one line per request (method,
 * path without the query, status, duration): on in the prod profile.
 */
@Configuration(proxyBeanMethods = false)
class RequestCorrelation {

    static final String HEADER = "X-Request-Id";
    static final String CORRELATION_ID = "correlation.id";
    static final String USER_ID = "user.id";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Logger requestLog = LoggerFactory.getLogger("nl.gemeenschapsfonds.ops.RequestLog");

    /** First of all filters (after the forwarded-header filter), so that even the security chain's lines carry the id. */
    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Right after Spring Security's filter chain (order -100), which has loaded the signed-in user by then. */
    @Bean
    FilterRegistrationBean<UserFilter> userIdFilter(CurrentUser currentUser) {
        FilterRegistrationBean<UserFilter> registration = new FilterRegistrationBean<>(new UserFilter(currentUser));
        registration.setOrder(-99);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The user is known from the moment the sign-in succeeds, also for the lines the security chain writes after
     * that in the same request (before {@link UserFilter} runs); first of the listeners, so theirs carry it.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void signedIn(AuthenticationSuccessEvent event) {
        if (MDC.get(CORRELATION_ID) != null) {
            CurrentUser.idOf(event.getAuthentication()).ifPresent(id -> MDC.put(USER_ID, String.valueOf(id)));
        }
    }

    /** The caller's id when it is a harmless token, the trace id of a valid traceparent, or a new random one. */
    static String correlationId(String requestId, String traceparent) {
        if (requestId != null && SAFE_ID.matcher(requestId).matches()) {
            return requestId;
        }
        if (traceparent != null) {
            Matcher trace = TRACEPARENT.matcher(traceparent.strip());
            if (trace.matches() && !trace.group(1).equals("0".repeat(32))) {
                return trace.group(1);
            }
        }
        return UUID.randomUUID().toString();
    }

    static final class CorrelationFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = correlationId(request.getHeader(HEADER), request.getHeader("traceparent"));
            MDC.put(CORRELATION_ID, id);
            response.setHeader(HEADER, id);
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (requestLog.isInfoEnabled()) {
                    requestLog.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                            (System.nanoTime() - start) / 1_000_000);
                }
                MDC.remove(USER_ID);
                MDC.remove(CORRELATION_ID);
            }
        }
    }

    static final class UserFilter extends OncePerRequestFilter {

        private final CurrentUser currentUser;

        UserFilter(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        /** The id stays until the correlation filter clears it, so the request's last line carries it too. */
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<SignedInUser> user = currentUser.get();
            user.ifPresent(signedIn -> MDC.put(USER_ID, String.valueOf(signedIn.id())));
            chain.doFilter(request, response);
        }
    }
}
