package nl.gemeenschapsfonds.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The API's own filter chain, ordered before the Vaadin application's: {@code /api/**} and {@code /open-data/**}
 * are stateless (no session, no CSRF, no login page); the public resources and the OpenAPI document are open, the
 * rest needs a JWT from the configured issuer. 401 and 403 are answered as problem+json.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder apiJwtDecoder) throws Exception {
        // an authentication manager of its own: a refused bearer token is not a failed sign-in of a user (the
        // application's sign-in lockout listens to those events and would take the token for an e-mail address)
        ProviderManager tokens = new ProviderManager(new JwtAuthenticationProvider(apiJwtDecoder));
        return http.securityMatcher("/api/**", "/open-data/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/open-data/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1", "/api/v1/openapi.json", "/api/v1/calls", "/api/v1/calls/*",
                                "/api/v1/grants", "/api/v1/grants/*").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.authenticationManager(tokens))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                ApiProblems.write(response, HttpStatus.FORBIDDEN, "The token does not allow this.")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                ApiProblems.write(response, HttpStatus.FORBIDDEN, "The token does not allow this.")))
                .build();
    }

    /**
     * Tokens of the configured issuer only. The key: a PEM public key (tests, or an issuer without discovery), the
     * issuer's JWK set, or found through the issuer's discovery document on first use (the application starts
     * while the issuer is down). Without an issuer no token is accepted.
     */
    @Bean
    JwtDecoder apiJwtDecoder(@Value("${app.api.jwt.issuer-uri:}") String issuer, @Value("${app.api.jwt.jwk-set-uri:}") String jwkSet,
                             @Value("${app.api.jwt.public-key-location:}") String publicKeyLocation, ResourceLoader resources) {
        if (issuer.isBlank()) {
            return token -> {
                throw new BadJwtException("No token issuer is configured (APP_API_JWT_ISSUER_URI)");
            };
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer));
        if (!publicKeyLocation.isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(resources.getResource(publicKeyLocation))).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = jwkSet.isBlank() ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                    : NimbusJwtDecoder.withJwkSetUri(jwkSet).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** The {@code API-Version} header on every answer of the API, also on 401 and 429 (before the security filters). */
    @Bean
    FilterRegistrationBean<ApiVersionFilter> apiVersionFilter() {
        FilterRegistrationBean<ApiVersionFilter> registration = new FilterRegistrationBean<>(new ApiVersionFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    static RSAPublicKey publicKey(Resource resource) {
        try {
            String pem = resource.getContentAsString(StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API's token public key " + resource, e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA public key in PEM: " + resource, e);
        }
    }
}
