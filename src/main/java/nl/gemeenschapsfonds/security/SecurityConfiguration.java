package nl.gemeenschapsfonds.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import nl.gemeenschapsfonds.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Web security. Two filter chains: the actuator (health public, the rest for ADMIN over HTTP Basic)
 * and the Vaadin application, where every view needs an access annotation and views without one
 * are denied. Service methods carry {@code @PreAuthorize} as well: a hidden button is not security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN_))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basicEntryPoint()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationSecurity(HttpSecurity http, ObjectProvider<SignedInRequests> signedIn,
                                            RequestUtil vaadinRequests, LoginAttempts attempts, Clock clock,
                                            JdbcClient jdbc, OidcSignIns oidcSignIns, SecondFactors secondFactors) throws Exception {
        AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated = AuthenticatedAuthorizationManager.authenticated();
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/public/**", "/error").permitAll();
            // signed in, and with the second factor where the user needs one
            signedIn.orderedStream().forEach(paths -> auth.requestMatchers(paths.patterns().toArray(String[]::new))
                    .access((authentication, request) -> new AuthorizationDecision(authenticated.authorize(authentication, request).isGranted()
                            && !SecondFactors.isPending(authentication.get()))));
        });
        // sign-in through an identity provider, when app.oidc.registrations holds any (issue 14)
        oidcSignIns.applyTo(http);
        // Local sign-in protection (docs/adr/0020-local-identity.md): the sign-in POST needs the CSRF token
        // (Vaadin's own CSRF setup exempts the login page; its internal requests carry Vaadin's own token),
        // a throttle before the password check, the typed e-mail kept after a failure, and an absolute
        // session lifetime.
        SignInFailureHandler failureHandler = new SignInFailureHandler();
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                // the page named here as well as by Vaadin below, or Spring would also generate its own sign-in page
                .formLogin(form -> {
                    form.loginPage("/login").failureHandler(failureHandler);
                    // a right password of a user who needs a second factor signs in without any role (SecondFactors)
                    form.addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                        @Override
                        public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                            AuthenticationManager passwords = http.getSharedObject(AuthenticationManager.class);
                            filter.setAuthenticationManager(request -> secondFactors.afterPassword(passwords.authenticate(request)));
                            return filter;
                        }
                    });
                })
                .addFilterBefore(new SignInThrottleFilter(attempts, failureHandler), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StaleSignInPageFilter(failureHandler), CsrfFilter.class)
                .addFilterBefore(new EndedSessionSignOutFilter(), CsrfFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(clock, userId -> jdbc
                        .sql("select sessions_valid_from from app_user where id = ?").param(userId)
                        .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                        .optional().flatMap(validFrom -> validFrom)), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                        .enableCsrfConfiguration(false))
                .build();
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("gemeenschapsfonds-actuator");
        return entryPoint;
    }

    /** Security headers on every response, also the ones Vaadin serves outside the security filter chain. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // after the ForwardedHeaderFilter: isSecure() behind TLS
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
