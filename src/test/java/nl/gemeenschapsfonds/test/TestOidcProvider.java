package nl.gemeenschapsfonds.test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider in the test JVM: Spring Security's authorization server in a Spring
 * context of its own, on a free port of its own, started the first time a test needs it and left running
 * for the JVM. Its clients are the registrations of application-test.properties ({@code zwolle},
 * {@code zwolle-mfa}, {@code deventer}, {@code broker}, {@code digid}), consent-free; tests add users with the claims they need, and sign in
 * through its form login. Its session cookie has a name of its own: browser cookies do not tell ports
 * apart, and the application's {@code JSESSIONID} on the same host must survive the round trip.
 *
 * <p>Its configuration class carries no {@code @Configuration}, so the application's component scan never
 * picks it up; the port reaches application-test.properties as {@code test.oidc.port}
 * ({@link TestOidcPort}).
 */
public final class TestOidcProvider {

    public static final String PASSWORD = "idp-wachtwoord-2027";
    private static final List<String> CLIENTS = List.of("zwolle", "zwolle-mfa", "deventer", "broker", "digid");

    private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    private static int port;
    private static InMemoryUserDetailsManager users;
    private static ConfigurableApplicationContext context;

    private TestOidcProvider() {
    }

    /** The provider's port, chosen once per JVM; the provider itself starts in {@link #start(int)}. */
    public static synchronized int port() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return port;
    }

    public static String issuer() {
        return "http://localhost:" + port();
    }

    /** Starts the provider (once), with redirect URIs back to the application on {@code appPort}. */
    public static synchronized void start(int appPort) {
        if (context != null) {
            return;
        }
        Provider.appPort = appPort;
        context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of(
                        "spring.config.name", "test-oidc-provider",
                        "server.port", String.valueOf(port()),
                        "server.servlet.session.cookie.name", "TESTIDPSESSION",
                        "spring.main.banner-mode", "off",
                        "spring.jmx.enabled", "false"))
                .run();
        users = context.getBean(InMemoryUserDetailsManager.class);
    }

    /**
     * A person at the provider, with the claims its ID token carries besides {@code sub} (the user name):
     * {@code email}, {@code name}, {@code groups}, {@code kvk}… Answers the user name.
     */
    public static String addUser(String username, Map<String, Object> claims) {
        CLAIMS.put(username, Map.copyOf(claims));
        if (!users.userExists(username)) {
            users.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
        }
        return username;
    }

    /** A user name no other test uses. */
    public static String newUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerJwtAutoConfiguration.class}) // the JwtDecoder its user-info endpoint checks tokens with
    static class Provider {

        static int appPort;

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(authorizationServer.getEndpointsMatcher())
                    .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        InMemoryUserDetailsManager userDetailsService() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository registeredClients() {
            return new InMemoryRegisteredClientRepository(CLIENTS.stream().map(id -> RegisteredClient.withId(id)
                    .clientId(id)
                    .clientSecret("{noop}" + id + "-secret") // as application-test.properties says
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost:" + appPort + "/login/oauth2/code/" + id)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build()).toList());
        }

        /** The test's claims go into the ID token of its user. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claimsOfTheTest() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Map<String, Object> claims = CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of());
                    context.getClaims().claims(all -> all.putAll(claims));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair keys = generator.generateKeyPair();
                RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                        .keyID(UUID.randomUUID().toString()).build();
                return new ImmutableJWKSet<>(new JWKSet(key));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().issuer(issuer()).build();
        }
    }
}
