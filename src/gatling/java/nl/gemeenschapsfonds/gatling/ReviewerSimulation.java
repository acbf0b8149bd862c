package nl.gemeenschapsfonds.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Reviewers in the work queue over the real Vaadin protocol: form login with the CSRF token of the
 * login page, the bootstrap page, the Vaadin init request, then UIDL requests that carry the Vaadin
 * security key, the syncId and the clientId of the previous answer (the server's CSRF and syncId
 * checks stay on). The components are found by their ids (work-queue-grid, filter-overdue). Each
 * reviewer opens the queue, scrolls, filters on "overdue" and back, with think time between.
 *
 * <p>Against a running production jar with generated data ({@code BenchmarkServer}, see
 * docs/performance.md): {@code ./mvnw -Pgatling test-compile gatling:test -Dgatling.users=100}.
 * {@code gatling.baseUrl} (default http://localhost:8425), {@code gatling.users} (concurrent users,
 * default 50), {@code gatling.hold} (seconds at that level, default 60), {@code gatling.reviewers}
 * (file with one reviewer e-mail per line, default target/benchmark-reviewers.txt).
 */
public class ReviewerSimulation extends Simulation {

    private static final String PASSWORD = System.getProperty("gatling.password", "benchmark-password");
    private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8425");
    private static final int USERS = Integer.getInteger("gatling.users", 50);
    private static final int HOLD = Integer.getInteger("gatling.hold", 60);
    private static final Duration THINK_MIN = Duration.ofSeconds(2);
    private static final Duration THINK_MAX = Duration.ofSeconds(5);

    private final FeederBuilder<Object> reviewers = listFeeder(reviewers()).circular();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .disableFollowRedirect()
            .acceptHeader("*/*")
            .userAgentHeader("Gatling reviewer");

    /** One UIDL request: the key, syncId and clientId of the previous answer; takes the new ones from this answer. */
    private static HttpRequestActionBuilder uidl(String name, String rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{securityKey}\",\"rpc\":" + rpc + ",\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200),
                        regex("\"(sessionExpired|appError)\"").notExists(),
                        jsonPath("$.syncId").ofLong().saveAs("syncId"),
                        jsonPath("$.clientId").ofLong().saveAs("clientId"));
    }

    private final ChainBuilder login = exec(
            http("login page").get("/login")
                    .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")),
            http("login").post("/login")
                    .formParam("username", "#{email}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                    .check(status().is(302), header("Location").transform(location -> location.contains("login")).is(false)));

    private final ChainBuilder openWorkQueue = exec(
            http("work-queue page").get("/work-queue").check(status().is(200)),
            http("vaadin init").get("/?v-r=init&location=work-queue&query=")
                    .check(status().is(200),
                            jmesPath("appConfig.\"v-uiId\"").ofInt().saveAs("uiId"),
                            jmesPath("appConfig.uidl.\"Vaadin-Security-Key\"").saveAs("securityKey"),
                            jmesPath("appConfig.uidl.syncId").ofLong().saveAs("syncId"),
                            jmesPath("appConfig.uidl.clientId").ofLong().saveAs("clientId")),
            uidl("open work queue", "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"work-queue\","
                    + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]")
                    .check(jsonPath("$.changes[?(@.key == 'id' && @.value == 'work-queue-grid')].node").ofInt().saveAs("grid"),
                            jsonPath("$.changes[?(@.key == 'id' && @.value == 'filter-overdue')].node").ofInt().saveAs("overdue"),
                            regex("\"col1\":\"[^\"]+\"").exists(), GRID_UPDATE),
            confirm("confirm first page"));

    /** The update id the browser's Grid connector confirms once it rendered the rows. */
    private static final io.gatling.javaapi.core.CheckBuilder GRID_UPDATE =
            regex(",(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"").findAll().transform(List::getLast).saveAs("update");

    /** What the Grid connector sends after rendering: confirmUpdate with the update id. */
    private static HttpRequestActionBuilder confirm(String name) {
        return uidl(name, "[{\"type\":\"publishedEventHandler\",\"node\":#{grid},\"templateEventMethodName\":\"confirmUpdate\","
                + "\"templateEventMethodArgs\":[#{update}],\"promise\":1}]");
    }

    private static HttpRequestActionBuilder scroll(String name, int start) {
        return uidl(name, "[{\"type\":\"publishedEventHandler\",\"node\":#{grid},\"templateEventMethodName\":\"setViewportRange\","
                + "\"templateEventMethodArgs\":[" + start + ",50],\"promise\":0}]")
                .check(regex("\"col1\":\"[^\"]+\"").exists(), GRID_UPDATE);
    }

    private static HttpRequestActionBuilder overdue(String name, boolean on) {
        return uidl(name, "[{\"type\":\"mSync\",\"node\":#{overdue},\"feature\":1,\"property\":\"checked\",\"value\":" + on + "},"
                + "{\"type\":\"event\",\"node\":#{overdue},\"event\":\"checked-changed\",\"data\":{}}]")
                .check(GRID_UPDATE);
    }

    private final ScenarioBuilder reviewer = scenario("Reviewer in the work queue")
            .feed(reviewers)
            .exec(login)
            .exec(openWorkQueue)
            .pause(THINK_MIN, THINK_MAX)
            .exec(scroll("scroll to 50", 50), confirm("confirm"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(scroll("scroll to 100", 100), confirm("confirm"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(overdue("filter overdue", true), confirm("confirm"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(scroll("scroll overdue to 50", 50), confirm("confirm"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(overdue("clear filter", false), confirm("confirm"))
            .pause(THINK_MIN, THINK_MAX);

    {
        setUp(reviewer.injectClosed(
                rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(30)),
                constantConcurrentUsers(USERS).during(Duration.ofSeconds(HOLD))))
                .protocols(protocol);
    }

    private static List<Map<String, Object>> reviewers() {
        Path file = Path.of(System.getProperty("gatling.reviewers", "target/benchmark-reviewers.txt"));
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank())
                    .map(email -> Map.<String, Object>of("email", email.trim())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No reviewers: start BenchmarkServer first (it writes " + file + ")", e);
        }
    }
}
