package nl.gemeenschapsfonds.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Which correlation id a request gets, and which profile writes JSON logs. */
class RequestCorrelationTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_harmless_x_request_id_is_kept_as_it_came() {
        assertThat(RequestCorrelation.correlationId("haproxy-7F000001:A1B2_3.4", null)).isEqualTo("haproxy-7F000001:A1B2_3.4");
    }

    @Test
    void an_x_request_id_that_could_forge_a_log_line_or_is_too_long_is_replaced_by_a_new_one() {
        assertThat(RequestCorrelation.correlationId("abc\r\nINFO forged", null)).matches(UUID);
        assertThat(RequestCorrelation.correlationId("<script>", null)).matches(UUID);
        assertThat(RequestCorrelation.correlationId("a".repeat(65), null)).matches(UUID);
        assertThat(RequestCorrelation.correlationId("", null)).matches(UUID);
    }

    @Test
    void without_an_x_request_id_the_trace_id_of_a_valid_traceparent_is_taken() {
        assertThat(RequestCorrelation.correlationId(null, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(RequestCorrelation.correlationId(null, "00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .as("the all-zero trace id is invalid").matches(UUID);
        assertThat(RequestCorrelation.correlationId(null, "not a traceparent")).matches(UUID);
    }

    @Test
    void two_requests_without_an_id_get_different_ones() {
        assertThat(RequestCorrelation.correlationId(null, null)).isNotEqualTo(RequestCorrelation.correlationId(null, null));
    }

    @Test
    void the_prod_profile_writes_json_lines_and_the_embedded_default_plain_text() throws IOException {
        Properties prod = properties("src/main/resources/application-prod.properties");
        Properties defaults = properties("src/main/resources/application.properties");
        assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("${LOGGING_STRUCTURED_FORMAT_CONSOLE:ecs}");
        assertThat(prod.getProperty("logging.level.nl.gemeenschapsfonds.ops.RequestLog")).endsWith(":info}");
        assertThat(defaults.getProperty("logging.structured.format.console")).isNull();
        assertThat(defaults.getProperty("logging.level.nl.gemeenschapsfonds.ops.RequestLog")).endsWith(":warn}");
    }

    private static Properties properties(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            properties.load(in);
        }
        return properties;
    }
}
