package nl.gemeenschapsfonds.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import nl.gemeenschapsfonds.benchmark.DataGenerator;
import nl.gemeenschapsfonds.security.Totp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Reviewers in the work queue over the real Vaadin protocol: form login with the CSRF token of the
 * login page, the bootstrap page, the Vaadin init request, then UIDL requests that carry the Vaadin
 * security key, the syncId and the clientId of the previous answer (the server's CSRF and syncId
 * checks stay on). After the password each reviewer passes the second factor (issue 14) as a person does: the
 * second-factor page, the code of the authenticator app ({@code DataGenerator.TOTP_SECRET}, every generated staff
 * account has it) typed and the button pressed; the page is then left as a browser leaves it. Then the reviewer opens
 * the work queue and works until the end of the hold: scrolls, filters on "overdue" (by the filter's URL,
 * {@code ?overdue=true}, as the chips keep it: the filter fields exist only once the Filter panel is opened), scrolls
 * the filtered rows, clears the filter, with think time between. The components are found by their ids.
 *
 * <p>Users sign in spread over the ramp ({@code gatling.ramp} seconds, default 60) and each keeps working for
 * {@code gatling.hold} seconds (default 180): N concurrent reviewers for the whole hold. A code counts once per account
 * and 30 seconds, so each virtual user needs an account of its own: start BenchmarkServer with
 * {@code -Dbenchmark.signInReviewers=60} for 300 users (5 authorities × 61 reviewers).
 *
 * <p>Against a running production jar with generated data ({@code BenchmarkServer}, see
 * docs/performance.md): {@code ./mvnw -Pgatling test-compile gatling:test -Dgatling.users=100}.
 * {@code gatling.baseUrl} (default http://localhost:8425), {@code gatling.users} (concurrent users,
 * default 50), {@code gatling.ramp}, {@code gatling.hold} (seconds), {@code gatling.reviewers}
 * (file with one reviewer e-mail per line, default target/benchmark-reviewers.txt).
 */
public class ReviewerSimulation extends Simulation {

    private static final String PASSWORD = System.getProperty("gatling.password", "benchmark-password");
    private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8425");
    private static final int USERS = Integer.getInteger("gatling.users", 50);
    private static final int RAMP = Integer.getInteger("gatling.ramp", 60);
    private static final int HOLD = Integer.getInteger("gatling.hold", 180);
    private static final Duration THINK_MIN = Duration.ofSeconds(2);
    private static final Duration THINK_MAX = Duration.ofSeconds(5);

    private final FeederBuilder<Object> reviewers = listFeeder(reviewers()).queue();

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

    /**
     * The second-factor page after the password: bootstrap, init, navigation; the code typed (the value synchronised,
     * then the change event) and the button pressed; accepted, the page moves on to the start view (the answer no longer
     * holds only the second-factor components). Then the browser leaves the page (its unload beacon).
     */
    private final ChainBuilder secondFactor = exec(
            http("second-factor page").get("/second-factor").check(status().is(200)),
            init("second-factor"),
            uidl("open second factor", navigation("second-factor", ""))
                    .check(jsonPath("$.changes[?(@.key == 'id' && @.value == 'second-factor-code')].node").ofInt().saveAs("code"),
                            jsonPath("$.changes[?(@.key == 'id' && @.value == 'second-factor-submit')].node").ofInt().saveAs("submit")),
            exec(session -> session.set("totp", Totp.code(SECRET, Instant.now()))),
            uidl("type code", "[{\"type\":\"mSync\",\"node\":#{code},\"feature\":1,\"property\":\"value\",\"value\":\"#{totp}\"},"
                    + "{\"type\":\"event\",\"node\":#{code},\"event\":\"change\",\"data\":{}}]"),
            uidl("confirm code", "[{\"type\":\"event\",\"node\":#{submit},\"event\":\"click\",\"data\":{\"event.screenX\":0,"
                    + "\"event.screenY\":0,\"event.clientX\":0,\"event.clientY\":0,\"event.detail\":1,\"event.shiftKey\":false,"
                    + "\"event.ctrlKey\":false,\"event.altKey\":false,\"event.metaKey\":false,\"event.button\":0}}]")
                    // accepted: the start view's components arrive (the header's user menu); refused: a message on the same page
                    .check(jsonPath("$.changes[?(@.key == 'id')].value").findAll()
                            .transform(ids -> ids.stream().anyMatch(id -> !id.startsWith("second-factor"))).is(true)),
            http("leave second factor").post("/?v-r=uidl&v-uiId=#{uiId}")
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .body(StringBody("{\"csrfToken\":\"#{securityKey}\",\"rpc\":[],\"syncId\":#{syncId},\"clientId\":#{clientId},\"UNLOAD\":true}"))
                    .check(status().is(200)));

    private static final String SECRET = System.getProperty("gatling.totpSecret", DataGenerator.TOTP_SECRET);

    /** The Vaadin init request of a freshly loaded page: the UI id, the security key and the first syncId/clientId. */
    private static HttpRequestActionBuilder init(String route) {
        return http("vaadin init " + route).get("/?v-r=init&location=" + route + "&query=")
                .check(status().is(200),
                        jmesPath("appConfig.\"v-uiId\"").ofInt().saveAs("uiId"),
                        jmesPath("appConfig.uidl.\"Vaadin-Security-Key\"").saveAs("securityKey"),
                        jmesPath("appConfig.uidl.syncId").ofLong().saveAs("syncId"),
                        jmesPath("appConfig.uidl.clientId").ofLong().saveAs("clientId"));
    }

    /** The router's navigation event, as the browser sends it for a link, a bookmark or the back button. */
    private static String navigation(String route, String query) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\","
                + "\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]";
    }

    private final ChainBuilder openWorkQueue = exec(
            http("work-queue page").get("/work-queue").check(status().is(200)),
            init("work-queue"),
            uidl("open work queue", navigation("work-queue", ""))
                    .check(jsonPath("$.changes[?(@.key == 'id' && @.value == 'work-queue-grid')].node").ofInt().saveAs("grid"),
                            ROWS, GRID_UPDATE),
            confirm("confirm first page"));

    /**
     * The first page holds rows: an application's reference (GF-2027-000123) among the first column's template
     * properties. Checked by its value, not by the property's name, which follows the renderer: {@code col1} before the
     * redesign, {@code reference} after it, {@code key} since the work queue uses base/ui's ListCells (2026-12-06); each
     * rename failed every open of the queue in this simulation without anything wrong in the application.
     */
    private static final io.gatling.javaapi.core.CheckBuilder ROWS = regex("\"GF-[0-9]{4}-[0-9]+\"").exists();

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
                .check(GRID_UPDATE); // rows or none: a small data set may hold fewer filtered rows than the position
    }

    /** The filter by its URL (the chips' query parameters), within the open UI; the Grid shows the first filtered page. */
    private static HttpRequestActionBuilder overdue(String name, boolean on) {
        return uidl(name, navigation("work-queue", on ? "overdue=true" : "")).check(GRID_UPDATE);
    }

    private final ScenarioBuilder reviewer = scenario("Reviewer in the work queue")
            .feed(reviewers)
            .exec(login)
            .exec(secondFactor)
            .exec(openWorkQueue)
            .during(Duration.ofSeconds(HOLD)).on(
                    pause(THINK_MIN, THINK_MAX),
                    exec(scroll("scroll to 50", 50), confirm("confirm")),
                    pause(THINK_MIN, THINK_MAX),
                    exec(scroll("scroll to 100", 100), confirm("confirm")),
                    pause(THINK_MIN, THINK_MAX),
                    exec(overdue("filter overdue", true), confirm("confirm")),
                    pause(THINK_MIN, THINK_MAX),
                    exec(scroll("scroll overdue to 50", 50), confirm("confirm")),
                    pause(THINK_MIN, THINK_MAX),
                    exec(overdue("clear filter", false), confirm("confirm")));

    {
        setUp(reviewer.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
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
