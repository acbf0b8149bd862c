package nl.gemeenschapsfonds.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** HSTS only over TLS (behind the proxy: X-Forwarded-Proto https), and framing kept at DENY whatever comes later. */
class SecurityHeadersFilterTest {

    private MockHttpServletResponse filter(boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                res.setHeader("X-Frame-Options", "SAMEORIGIN"); // as Vaadin answers its sign-in page
            }
        }));
        return response;
    }

    @Test
    void a_secure_request_gets_strict_transport_security_for_a_year() throws Exception {
        assertThat(filter(true).getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void a_plain_http_request_gets_no_strict_transport_security() throws Exception {
        assertThat(filter(false).getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void framing_stays_denied_when_a_later_writer_asks_for_sameorigin() throws Exception {
        MockHttpServletResponse response = filter(false);
        assertThat(response.getHeaders("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    private static MockHttpServletResponse answeredWith(String cacheControl) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/VAADIN/build/FlowClient-XDkeHcOw.js");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                if (cacheControl != null) {
                    res.setHeader("Cache-Control", cacheControl); // as Vaadin's static-file server answers a script
                }
            }
        }));
        return response;
    }

    @Test
    void a_static_resource_that_may_be_kept_is_not_marked_no_cache_by_the_old_pragma_and_expires_headers() throws Exception {
        MockHttpServletResponse script = answeredWith("max-age=3600");
        assertThat(script.getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(script.getHeader("Pragma")).as("Chromium reads Pragma: no-cache as no-cache").isNull();
        assertThat(script.getHeader("Expires")).isNull();
        assertThat(answeredWith("max-age=31536000, immutable").getHeader("Pragma")).isNull();
    }

    @Test
    void a_page_and_a_response_that_must_not_be_kept_keep_all_three_no_cache_headers() throws Exception {
        for (String cacheControl : new String[]{null, "no-cache", "max-age=0", "private, no-store, max-age=60"}) {
            MockHttpServletResponse response = answeredWith(cacheControl);
            assertThat(response.getHeader("Pragma")).as(cacheControl).isEqualTo("no-cache");
            assertThat(response.getHeader("Expires")).as(cacheControl).isEqualTo("0");
        }
        assertThat(answeredWith(null).getHeader("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
    }
}
