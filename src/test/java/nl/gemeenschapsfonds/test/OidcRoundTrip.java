package nl.gemeenschapsfonds.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through an identity provider over plain HTTP, as a browser would without running scripts: the
 * application's {@code /oauth2/authorization/<registration>} redirects to {@link TestOidcProvider}, whose
 * sign-in form takes the user's password (with its CSRF token), and whose redirect with a code goes back
 * to the application. One instance is one browser: its cookies stay between calls.
 */
public final class OidcRoundTrip {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+type=\"hidden\"\\s+value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int appPort;
    private final List<URI> visited = new ArrayList<>();

    public OidcRoundTrip(int appPort) {
        this.appPort = appPort;
    }

    /** Signs in as {@code username} through {@code registration}; answers where the application sent the browser in the end. */
    public URI signIn(String registration, String username) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(URI.create("http://localhost:" + appPort + "/oauth2/authorization/" + registration));
        if (page.uri().getPort() == TestOidcProvider.port() && page.uri().getPath().equals("/login")) {
            Matcher csrf = CSRF.matcher(page.body());
            if (!csrf.find()) {
                throw new AssertionError("No CSRF token on the provider's sign-in page: " + page.body());
            }
            String form = "username=" + encode(username) + "&password=" + encode(TestOidcProvider.PASSWORD)
                    + "&_csrf=" + encode(csrf.group(1));
            HttpRequest post = HttpRequest.newBuilder(page.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build();
            page = follow(client.send(post, HttpResponse.BodyHandlers.ofString()));
        }
        return page.uri();
    }

    /** Every address the last sign-in passed, for a failure message. */
    public List<URI> visited() {
        return List.copyOf(visited);
    }

    private HttpResponse<String> follow(URI start) throws IOException, InterruptedException {
        return follow(get(start));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
            URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(location);
        }
        return response;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        visited.add(uri);
        return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
