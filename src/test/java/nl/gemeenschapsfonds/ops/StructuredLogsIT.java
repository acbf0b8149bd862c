package nl.gemeenschapsfonds.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log lines of a request, written as the prod profile writes them (Spring Boot's structured logging, Elastic Common
 * Schema), carry the request's correlation id and the signed-in user's id, and never an e-mail address.
 */
@IntegrationTest
class StructuredLogsIT {

    private static final Pattern E_MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private AppenderBase<ILoggingEvent> appender;
    private Level requestLogLevel;

    /** A JSON appender next to the console, with the encoder {@code logging.structured.format.console=ecs} uses. */
    @BeforeEach
    void captureJsonLines() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8).strip());
            }
        };
        appender.setContext(context);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        Logger requestLog = context.getLogger("nl.gemeenschapsfonds.ops.RequestLog");
        requestLogLevel = requestLog.getLevel();
        requestLog.setLevel(Level.INFO); // as in the prod profile
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        context.getLogger("nl.gemeenschapsfonds.ops.RequestLog").setLevel(requestLogLevel);
    }

    @Test
    void a_signed_in_request_writes_json_lines_with_its_correlation_id_and_the_user_id_and_no_e_mail_address() throws Exception {
        String correlationId = "test-" + UUID.randomUUID();
        long adminId = jdbc.sql("select id from app_user where email = ?").param(DemoUsers.ADMIN).query(Long.class).single();

        HttpResponse<String> response = client.send(request("/actuator/prometheus")
                .header("Authorization", Prometheus.basic(DemoUsers.ADMIN, DemoUsers.PASSWORD))
                .header("X-Request-Id", correlationId).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(correlationId);
        // the request's own line is written once the response has gone: wait for it
        List<JsonNode> ofRequest = awaitLines(correlationId, line -> "nl.gemeenschapsfonds.ops.RequestLog".equals(field(line, "log", "logger")));
        assertThat(ofRequest).as("JSON lines of the request").hasSizeGreaterThanOrEqualTo(2);
        assertThat(ofRequest).as("every line once the user is known, also the security's own")
                .allSatisfy(line -> assertThat(field(line, "user", "id")).isEqualTo(String.valueOf(adminId)));
        assertThat(ofRequest).anySatisfy(line -> {
            assertThat(field(line, "log", "logger")).isEqualTo("nl.gemeenschapsfonds.ops.RequestLog");
            assertThat(field(line, "message")).matches("GET /actuator/prometheus 200 \\d+ ms");
            assertThat(field(line, "user", "id")).isEqualTo(String.valueOf(adminId));
        });
        assertThat(lines).filteredOn(line -> line.contains(correlationId)).noneMatch(line -> E_MAIL.matcher(line).find());
    }

    @Test
    void a_failed_sign_in_is_logged_with_its_correlation_id_but_without_the_address_typed() throws Exception {
        String correlationId = "test-" + UUID.randomUUID();
        String typed = "iemand-" + UUID.randomUUID() + "@example.test";

        HttpResponse<String> response = client.send(request("/actuator/prometheus")
                .header("Authorization", Prometheus.basic(typed, "fout-wachtwoord"))
                .header("X-Request-Id", correlationId).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(awaitLines(correlationId, line -> "nl.gemeenschapsfonds.ops.RequestLog".equals(field(line, "log", "logger")))).anySatisfy(line -> assertThat(field(line, "message")).startsWith("Failed sign-in"));
        assertThat(lines).noneMatch(line -> line.contains(typed));
        assertThat(lines).filteredOn(line -> line.contains(correlationId)).noneMatch(line -> E_MAIL.matcher(line).find());
    }

    @Test
    void the_trace_id_of_a_traceparent_header_or_a_new_id_becomes_the_correlation_id() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> traced = client.send(request("/actuator/health")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(traced.headers().firstValue("X-Request-Id")).hasValue(traceId);
        assertThat(awaitLines(traceId, line -> true)).isNotEmpty();

        HttpResponse<String> plain = client.send(request("/actuator/health")
                .header("X-Request-Id", "no spaces or <html> please").build(), HttpResponse.BodyHandlers.ofString());
        String generated = plain.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(awaitLines(generated, line -> true)).isNotEmpty();
        assertThat(lines).noneMatch(line -> line.contains("<html>"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** The lines of the request once one of them matches {@code until} (at most 10 s later). */
    private List<JsonNode> awaitLines(String correlationId, java.util.function.Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<JsonNode> found = linesWith(correlationId);
        while (found.stream().noneMatch(until) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = linesWith(correlationId);
        }
        return found;
    }

    private List<JsonNode> linesWith(String correlationId) {
        JsonMapper json = JsonMapper.builder().build();
        return lines.stream().map(json::readTree).filter(line -> correlationId.equals(field(line, "correlation", "id"))).toList();
    }

    /** A field of an ECS line, nested ({@code {"user":{"id":..}}}) or flat ({@code "user.id"}); null when absent. */
    private static String field(JsonNode line, String... path) {
        JsonNode flat = line.get(String.join(".", path));
        if (flat != null) {
            return flat.asString();
        }
        JsonNode node = line;
        for (String name : path) {
            node = node == null ? null : node.get(name);
        }
        return node == null || node.isNull() ? null : node.asString();
    }
}
