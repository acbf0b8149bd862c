package nl.gemeenschapsfonds.base.ui;

import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.FormSignIn;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page loaded (or reloaded) after the user chose a language says so in its {@code <html lang>}, by which a screen
 * reader pronounces it (WCAG 3.1.1). Vaadin itself writes its first language into every page (vaadin/flow#18585).
 */
@IntegrationTest
class PageLanguageIT {

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String page(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private void chooseEnglish(HttpClient client) {
        HttpCookie english = new HttpCookie(LanguageSwitch.COOKIE, "en");
        english.setPath("/");
        english.setVersion(0);
        ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().add(uri("/"), english);
    }

    @Test
    void without_a_choice_every_page_is_dutch() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(page(visitor, "/login")).containsPattern("<html[^>]* lang=\"nl\"");
        assertThat(page(FormSignIn.signedIn(uri("/"), DemoUsers.APPLICANT, DemoUsers.PASSWORD), "/applications"))
                .containsPattern("<html[^>]* lang=\"nl\"");
    }

    @Test
    void a_page_loaded_after_choosing_english_is_marked_english() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        chooseEnglish(visitor);
        assertThat(page(visitor, "/login")).containsPattern("<html[^>]* lang=\"en\"");

        HttpClient applicant = FormSignIn.signedIn(uri("/"), DemoUsers.APPLICANT, DemoUsers.PASSWORD);
        chooseEnglish(applicant);
        assertThat(page(applicant, "/applications")).containsPattern("<html[^>]* lang=\"en\"");
    }
}
