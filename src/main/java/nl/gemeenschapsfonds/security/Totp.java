package nl.gemeenschapsfonds.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: HMAC-SHA1, six digits, 30-second steps, a
 * 160-bit secret in Base32. The codes come from java-otp; the QR code (an {@code otpauth://} address)
 * is drawn by ZXing as a PNG on the server.
 */
public final class Totp {

    /** The name the authenticator app shows above the code. */
    static final String ISSUER = "Gemeenschapsfonds";
    private static final long STEP_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private Totp() {
    }

    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of the step that holds {@code at}; public for tests, which play the authenticator app. */
    public static String code(String secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                    at, Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The step whose code {@code code} is, looking one step either side of {@code now} (clocks of phones
     * drift), or empty when it is none of them.
     */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (sameCode(code(secret, Instant.ofEpochSecond(step * STEP_SECONDS)), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The address an authenticator app reads from the QR code. */
    static String otpauthUri(String secret, String account) {
        String label = URLEncoder.encode(ISSUER + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    static byte[] qrPng(String content) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 240, 240), "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException failed) {
            throw new UncheckedIOException(new IOException("QR code not drawn", failed));
        }
    }

    /** Constant-time comparison, so the time an answer takes does not tell how many digits were right. */
    private static boolean sameCode(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
