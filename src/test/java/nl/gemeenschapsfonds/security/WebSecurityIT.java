package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** What an anonymous visitor, a browser and a monitoring system see over HTTP. */
@IntegrationTest
class WebSecurityIT {

    @LocalServerPort
    int port;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    @Value("${vaadin.closeIdleSessions}")
    boolean closeIdleSessions;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String basicUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_anonymous_request_for_a_view_is_redirected_to_the_login_page() throws Exception {
        for (String view : new String[]{"/", "/funds", "/work-queue", "/applications", "/funder/projects"}) {
            HttpResponse<String> response = get(view, null);
            assertThat(response.statusCode()).as(view).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(view).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void every_page_carries_the_security_headers_also_the_login_page() throws Exception {
        for (String path : new String[]{"/login", "/funds"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void the_sign_in_page_answers_the_same_framing_and_caching_headers_as_every_other_page() throws Exception {
        for (String path : new String[]{"/login", "/funds", "/register"}) {
            HttpResponse<String> response = get(path, path.equals("/funds") ? DemoUsers.ADMIN : null);
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("%s over plain http", path).isEmpty();
        }
    }

    @Test
    void health_is_public_with_liveness_and_readiness() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).body()).contains("UP");
        assertThat(get("/actuator/health/readiness", null).body()).contains("UP");
    }

    @Test
    void metrics_need_an_administrator() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", DemoUsers.REVIEWER).statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get("/actuator/prometheus", DemoUsers.ADMIN);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void an_idle_session_ends_after_30_minutes_even_with_an_open_tab() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(closeIdleSessions).as("the heartbeat of an open tab does not keep the session alive").isTrue();
    }
}
