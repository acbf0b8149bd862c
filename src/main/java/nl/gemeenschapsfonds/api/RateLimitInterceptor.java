package nl.gemeenschapsfonds.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * Rate limits of the API: per integration client (the token's client id) and, without a token, per remote address.
 * Over the limit: 429 problem+json with {@code Retry-After}. Every answer says the limit ({@code RateLimit-Limit}).
 */
@Configuration
class RateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final RateLimiter limiter;
    private final int clientPerMinute;
    private final int anonymousPerMinute;

    RateLimitInterceptor(Clock clock, @Value("${app.api.rate-limit.client-per-minute}") int clientPerMinute,
                         @Value("${app.api.rate-limit.anonymous-per-minute}") int anonymousPerMinute) {
        this.limiter = new RateLimiter(clock);
        this.clientPerMinute = clientPerMinute;
        this.anonymousPerMinute = anonymousPerMinute;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String caller;
        int limit;
        if (authentication instanceof JwtAuthenticationToken token) {
            caller = "client:" + ApiClient.of(token.getToken()).clientId();
            limit = clientPerMinute;
        } else {
            caller = "address:" + request.getRemoteAddr();
            limit = anonymousPerMinute;
        }
        response.setHeader("RateLimit-Limit", String.valueOf(limit));
        long wait = limiter.acquire(caller, limit);
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Rate limit of " + limit + " requests per minute reached.");
            return false;
        }
        return true;
    }
}
