package nl.gemeenschapsfonds.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer over the real HTTP and Vaadin protocol, as a browser speaks it: the Spring Security form
 * login with the CSRF token of the login page, then the bootstrap page, the Vaadin init request and
 * UIDL requests that carry the Vaadin security key, the syncId and the clientId from the previous
 * answer. Finds the work queue's components by their ids. One instance is one browser tab.
 */
final class ReviewerClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    /** The Grid's client-side connector confirms each data update it rendered with this call back. */
    private static final Pattern GRID_CONFIRM = Pattern.compile(",(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"");

    private final HttpClient http;
    private final String base;
    private String session;
    private String securityKey;
    private int uiId;
    private long syncId;
    private long clientId;
    private final Map<String, Integer> nodes = new HashMap<>();
    /** Milliseconds of the last request. */
    double lastMillis;

    ReviewerClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Form login with the CSRF token from the login page. */
    void login(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/login"));
        expect(page, 200);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(answer, 302);
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("Login refused for " + email + ": " + location);
        }
        secondFactor(email);
    }

    /**
     * Staff owe a second factor after the password on the prod profile (issue 14): the first page then shows the
     * second-factor page, where the user types the code of their authenticator app and presses the button, and the page
     * moves on to their start view. This client is the app: it computes the code from the generated accounts' secret
     * ({@link DataGenerator#TOTP_SECRET}). Afterwards the page is left, as a browser leaves it (the unload beacon closes
     * that UI), so the session holds only the views the benchmark opens next. Accounts without a second factor (the
     * embedded default's demo staff) skip this.
     */
    private void secondFactor(String email) throws IOException, InterruptedException {
        nodes.clear();
        open("second-factor");
        if (!nodes.containsKey("second-factor-code")) {
            leave();
            return;
        }
        int code = node("second-factor-code");
        uidl(JSON.createArrayNode()
                .add(JSON.createObjectNode().put("type", "mSync").put("node", code).put("feature", 1).put("property", "value")
                        .put("value", Authenticator.nextCode(email)))
                .add(JSON.createObjectNode().put("type", "event").put("node", code).put("event", "change")
                        .set("data", JSON.createObjectNode())));
        ObjectNode click = JSON.createObjectNode().put("event.screenX", 0).put("event.screenY", 0).put("event.clientX", 0)
                .put("event.clientY", 0).put("event.detail", 1).put("event.shiftKey", false).put("event.ctrlKey", false)
                .put("event.altKey", false).put("event.metaKey", false).put("event.button", 0);
        int submit = node("second-factor-submit");
        nodes.clear();
        uidl(JSON.createArrayNode().add(JSON.createObjectNode().put("type", "event")
                .put("node", submit).put("event", "click").set("data", click)));
        // accepted, the page moves on to the user's start view (new components); refused, it stays with a message
        if (nodes.keySet().stream().allMatch(id -> id.startsWith("second-factor"))) {
            throw new IllegalStateException("The second factor of " + email + " was refused");
        }
        leave();
        nodes.clear();
    }

    /** The browser leaves the page (navigates away or closes the tab): its beacon tells the server to close the UI. */
    private void leave() throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        message.set("rpc", JSON.createArrayNode());
        message.put("syncId", syncId).put("clientId", clientId).put("UNLOAD", true);
        send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
    }

    /**
     * The authenticator app of the generated staff: a code is accepted once (the server remembers the last 30-second
     * step used, and accepts the step before and after the current one), so a second sign-in of the same account takes
     * the next step's code, and waits for it, as a person waits for the app's next code.
     */
    static final class Authenticator {

        private static final Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

        static synchronized String nextCode(String email) throws InterruptedException {
            // the current step's code, as the app shows it: still accepted when the server checks it in the next step.
            // (It began at the step before the current one, which the server refuses once a step boundary passes between
            // reading the code and checking it: then the sign-in stayed on the second-factor page, issue 20 item 5.)
            long current = System.currentTimeMillis() / 30_000;
            long step = Math.max(current, LAST_STEP.getOrDefault(email, Long.MIN_VALUE) + 1);
            while (step > System.currentTimeMillis() / 30_000 + 1) {
                Thread.sleep(500);
            }
            LAST_STEP.put(email, step);
            return nl.gemeenschapsfonds.security.Totp.code(DataGenerator.TOTP_SECRET, java.time.Instant.ofEpochSecond(step * 30));
        }
    }

    /** The work-queue route: bootstrap page, init request, then the navigation that builds the view and its first page. */
    JsonNode openWorkQueue() throws IOException, InterruptedException {
        JsonNode answer = open("work-queue");
        if (!nodes.containsKey("work-queue-grid")) {
            throw new IllegalStateException("The work queue did not open (no work-queue-grid)");
        }
        return answer;
    }

    /** A first page as a browser opens it: the bootstrap page, the init request, then the navigation to the route. */
    JsonNode open(String route) throws IOException, InterruptedException {
        expect(send(get("/" + route)), 200);
        HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(route) + "&query="));
        expect(init, 200);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asLong();
        clientId = uidl.path("clientId").asLong();
        if (securityKey == null || securityKey.isBlank()) {
            throw new IllegalStateException("No Vaadin security key in the init response");
        }
        return navigate(route);
    }

    /**
     * Moves the open UI to another route, as a click on a menu link does, and checks that the view was built:
     * not the error, not-found or access-denied view.
     */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        return navigate(route, "");
    }

    /** As {@link #navigate(String)}, with a query string (without "?"), as a bookmarked or shared URL carries it. */
    JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        JsonNode answer = uidl(JSON.createArrayNode().add(JSON.createObjectNode().put("type", "event").put("node", 1)
                .put("event", "ui-navigate").set("data", data)));
        for (JsonNode change : answer.path("changes")) {
            String id = "id".equals(change.path("key").asString("")) ? change.path("value").asString("") : "";
            if (id.equals("error-view") || id.equals("not-found-view") || id.equals("access-denied-view")) {
                throw new IllegalStateException("/" + route + " showed the " + id);
            }
        }
        return answer;
    }

    /**
     * What the browser's Grid connector sends right after it rendered rows: {@code confirmUpdate} with the
     * update id of the answer. Without it the last answer the server keeps for a resend (Vaadin keeps the
     * last UIDL response per UI) would be the large navigation answer, which no real browser leaves.
     */
    void confirmGridUpdate(JsonNode answer) throws IOException, InterruptedException {
        confirmGridUpdate(answer, "work-queue-grid");
    }

    /** The same for the Grid of another view (issue 20: the applicant's and the funder's main view). */
    void confirmGridUpdate(JsonNode answer, String gridId) throws IOException, InterruptedException {
        Matcher confirm = GRID_CONFIRM.matcher(JSON.writeValueAsString(answer.path("execute")));
        Integer last = null;
        while (confirm.find()) {
            last = Integer.valueOf(confirm.group(1));
        }
        if (last != null) {
            uidl(JSON.createArrayNode().add(JSON.createObjectNode().put("type", "publishedEventHandler")
                    .put("node", node(gridId)).put("templateEventMethodName", "confirmUpdate").put("promise", 1)
                    .set("templateEventMethodArgs", JSON.createArrayNode().add(last))));
        }
    }

    /** The Grid asks for rows from {@code start} on, as when the reviewer scrolls. */
    JsonNode scroll(int start) throws IOException, InterruptedException {
        ArrayNode args = JSON.createArrayNode().add(start).add(50);
        return uidl(JSON.createArrayNode().add(JSON.createObjectNode().put("type", "publishedEventHandler")
                .put("node", node("work-queue-grid")).put("templateEventMethodName", "setViewportRange")
                .put("promise", 0).set("templateEventMethodArgs", args)));
    }

    /**
     * Filters the queue on "overdue" or clears the filter. The work queue keeps its filter in the URL's query
     * parameters (the chips' {@code ?overdue=true}), and its filter fields exist only once the Filter panel is opened;
     * so this goes to the filtered URL within the open UI, as a bookmarked link, the browser's back button or the
     * chip's remove button does, and the view shows the filtered rows from the first page on.
     */
    JsonNode overdue(boolean on) throws IOException, InterruptedException {
        JsonNode answer = navigate("work-queue", on ? "overdue=true" : "");
        if (!GRID_CONFIRM.matcher(JSON.writeValueAsString(answer.path("execute"))).find()) {
            throw new IllegalStateException("The work queue sent no rows after the filter changed to overdue=" + on);
        }
        return answer;
    }

    private int node(String id) {
        Integer node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("No component with id " + id);
        }
        return node;
    }

    /** One UIDL round trip with the key, syncId and clientId of the previous answer; checks the answer. */
    private JsonNode uidl(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        expect(response, 200);
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || !answer.has("syncId")) {
            throw new IllegalStateException("Vaadin refused the request: " + body.substring(0, Math.min(300, body.length())));
        }
        syncId = answer.path("syncId").asLong();
        clientId = answer.path("clientId").asLong();
        for (JsonNode change : answer.path("changes")) {
            if ("id".equals(change.path("key").asString("")) && change.path("feat").asInt() == 3) {
                nodes.put(change.path("value").asString(), change.path("node").asInt());
            }
        }
        return answer;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        lastMillis = (System.nanoTime() - start) / 1e6;
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher id = SESSION.matcher(cookie);
            if (id.find()) {
                session = id.group(1);
            }
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " instead of " + status + " for " + response.uri());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
