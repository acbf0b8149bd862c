package nl.gemeenschapsfonds.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client of its own (cookies kept) that signs in as the login form does: it opens the
 * sign-in page, takes the CSRF token from the page's meta tags and posts the form with it. An address
 * given as {@code from} is sent as {@code X-Forwarded-For}, as a reverse proxy would, so tests can act
 * from different client addresses.
 */
final class SignInClient {

    private static final Pattern CSRF = meta("_csrf");
    private static final Pattern CSRF_PARAMETER = meta("_csrf_parameter");

    private static Pattern meta(String name) {
        return Pattern.compile("<meta(?=[^>]*\\sname=\"" + name + "\")[^>]*\\scontent=\"([^\"]+)\"");
    }

    private final int port;
    private final String from;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    SignInClient(int port, String from) {
        this.port = port;
        this.from = from;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return from == null ? request : request.header("X-Forwarded-For", from);
    }

    /** The sign-in page's CSRF token (parameter name and value), as the login form reads it from the page. */
    String[] csrf() throws Exception {
        String page = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        if (!token.find() || !parameter.find()) {
            throw new AssertionError("The sign-in page carries no CSRF token: "
                    + page.substring(0, Math.min(page.length(), 3000)));
        }
        return new String[]{parameter.group(1), token.group(1)};
    }

    /** Posts the login form; {@code withCsrf} false leaves the token out. */
    HttpResponse<Void> post(String email, String password, boolean withCsrf) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        if (withCsrf) {
            String[] csrf = csrf();
            form += "&" + csrf[0] + "=" + URLEncoder.encode(csrf[1], StandardCharsets.UTF_8);
        }
        return http.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Signs in as the form does and answers where the application sends the browser: "/" or "/login?error". */
    String signIn(String email, String password) throws Exception {
        HttpResponse<Void> response = post(email, password, true);
        if (response.statusCode() != 302) {
            throw new AssertionError("Expected a redirect, got " + response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return URI.create(location).getRawPath() + (location.contains("?error") ? "?error" : "");
    }

    /** The status of a GET of this path in this client's session, without following redirects. */
    int status(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
