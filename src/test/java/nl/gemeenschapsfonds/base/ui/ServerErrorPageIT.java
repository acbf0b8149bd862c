package nl.gemeenschapsfonds.base.ui;

import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error the server answers outside a view, over real HTTP as a browser asks for it: our page, never Whitelabel. */
@IntegrationTest
class ServerErrorPageIT {

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpClient signedIn(String email) throws Exception {
        return nl.gemeenschapsfonds.test.FormSignIn.signedIn(uri("/"), email, DemoUsers.PASSWORD);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return send(client, HttpRequest.newBuilder(uri(path)));
    }

    private static void assertOwnPage(HttpResponse<String> response, int status, String lang, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        String body = response.body();
        assertThat(body).doesNotContain("Whitelabel").doesNotContain("There was an unexpected error");
        assertThat(body).contains("<html lang=\"" + lang + "\">");
        assertThat(body).contains("<title>" + title + " – " + ("en".equals(lang) ? "Community Fund" : "Gemeenschapsfonds") + "</title>");
        assertThat(body).contains("<h1>" + title + "</h1>");
        assertThat(body).containsPattern("<a id=\"server-error-home\" href=\"/\">(Naar de startpagina|To the home page|[^<]+)</a>");
    }

    @Test
    void a_mistyped_address_while_signed_in_gets_our_page_in_dutch() throws Exception {
        HttpClient applicant = signedIn(DemoUsers.APPLICANT);
        for (String path : new String[] {"/applicaties", "/admin", "/foo/bar.pdf"}) {
            HttpResponse<String> response = get(applicant, path);
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertOwnPage(response, response.statusCode(), "nl", "Niet gevonden");
        }
    }

    @Test
    void the_page_speaks_the_language_chosen_with_the_switch() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpCookie english = new HttpCookie("gf-lang", "en");
        english.setPath("/");
        english.setVersion(0);
        cookies.getCookieStore().add(uri("/"), english);
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertOwnPage(get(client, "/public/test-status/404"), 404, "en", "Not found");
    }

    @Test
    void a_download_link_opened_again_after_its_page_is_gone_says_it_expired() throws Exception {
        HttpResponse<String> response = get(signedIn(DemoUsers.APPLICANT),
                "/VAADIN/dynamic/resource/0/8d4c5f1e-0000-0000-0000-000000000000/ontvangstbevestiging.pdf");
        // Vaadin answers 403 or 404 for a resource its session no longer holds
        assertThat(response.statusCode()).isIn(403, 404);
        assertOwnPage(response, response.statusCode(), "nl", "Downloadlink verlopen");
        assertThat(response.body()).contains("Open de pagina opnieuw");
    }

    @Test
    void bad_request_gets_our_page() throws Exception {
        assertOwnPage(get(HttpClient.newHttpClient(), "/public/test-status/400"), 400, "nl", "Verzoek niet te lezen");
    }

    @Test
    void forbidden_gets_our_page() throws Exception {
        assertOwnPage(get(HttpClient.newHttpClient(), "/public/test-status/403"), 403, "nl", "Niet gevonden");
    }

    @Test
    void not_found_gets_our_page() throws Exception {
        assertOwnPage(get(HttpClient.newHttpClient(), "/public/test-status/404"), 404, "nl", "Niet gevonden");
    }

    @Test
    void a_method_not_allowed_gets_our_page() throws Exception {
        HttpResponse<String> response = send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(uri("/public/test-status/get-only")).method("PATCH", HttpRequest.BodyPublishers.noBody()));
        // Spring Security refuses a PATCH without a CSRF token first (403); either way our page answers
        assertThat(response.statusCode()).isIn(403, 405);
        assertThat(response.body()).contains("<html lang=\"nl\">").doesNotContain("Whitelabel");
        assertOwnPage(get(HttpClient.newHttpClient(), "/public/test-status/405"), 405, "nl", "Dit kan hier niet");
    }

    @Test
    void a_too_large_request_gets_our_page() throws Exception {
        assertOwnPage(get(HttpClient.newHttpClient(), "/public/test-status/413"), 413, "nl", "Te groot");
    }

    @Test
    void a_crash_gets_our_page_with_a_reference_and_no_stack_trace() throws Exception {
        HttpResponse<String> response = get(HttpClient.newHttpClient(), "/public/test-status/crash");
        assertOwnPage(response, 500, "nl", "Er ging iets mis");
        assertThat(response.body()).containsPattern("referentie: [0-9A-F]{8}").doesNotContain("IllegalStateException");
        assertOwnPage(get(HttpClient.newHttpClient(), "/public/test-status/500"), 500, "nl", "Er ging iets mis");
    }
}
