package nl.gemeenschapsfonds.api;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Tokens as the authority's OAuth2 server would issue them for the client credentials grant, signed with the test
 * key whose public half the application trusts in the tests (application-test.properties).
 */
final class ApiTokens {

    static final String ISSUER = "https://auth.test.example/realms/gemeenschapsfonds";
    private static final NimbusJwtEncoder ENCODER = encoder();

    private ApiTokens() {
    }

    static String token(String clientId, String authorityCode, String scopes) {
        return token(ISSUER, clientId, authorityCode, scopes, Instant.now().plusSeconds(300));
    }

    static String token(String issuer, String clientId, String authorityCode, String scopes, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(clientId).claim("client_id", clientId)
                .issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt).claim("scope", scopes);
        if (authorityCode != null) {
            claims.claim("authority", authorityCode);
        }
        return ENCODER.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    private static NimbusJwtEncoder encoder() {
        try {
            String pem = new ClassPathResource("api/test-signing-key.pem").getContentAsString(StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the test signing key", e);
        }
    }
}
