package nl.gemeenschapsfonds.cluster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab over HTTP and the Vaadin protocol, as the benchmark's ReviewerClient speaks it, with a cookie jar
 * of its own (the session cookie and the load balancer's node cookie): the Spring Security form login with the
 * page's CSRF token, the second factor typed into the second-factor page, then pages opened by the bootstrap page,
 * the init request and the navigation, fields filled in ({@code mSync} + {@code change}) and buttons clicked, each
 * UIDL request carrying the security key, syncId and clientId of the previous answer. Remembers which node answered
 * each request (HAProxy's {@code X-Served-By} header, see ops/cluster/haproxy.cfg).
 */
final class VaadinClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String securityKey;
    private int uiId;
    private long syncId;
    private long clientId;
    private final Map<String, Integer> nodes = new HashMap<>();
    /** The node that answered each request, in order. */
    final List<String> servedBy = new ArrayList<>();
    /** Everything the last UIDL answers said, to look for a notification's text. */
    private final StringBuilder seen = new StringBuilder();

    VaadinClient(String base) {
        this.base = base;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The distinct nodes that answered so far. */
    Set<String> nodesSeen() {
        return new LinkedHashSet<>(servedBy);
    }

    String lastNode() {
        return servedBy.isEmpty() ? null : servedBy.getLast();
    }

    /** Form login with the CSRF token of the login page; false when the application refused the password. */
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
    }

    /** The second step of a staff sign-in: a code (here a recovery code) typed on the second-factor page. */
    void secondFactor(String code) throws IOException, InterruptedException {
        open("second-factor");
        setValue("second-factor-code", code);
        JsonNode answer = click("second-factor-submit");
        if (JSON.writeValueAsString(answer).contains("second-factor-view") && nodes.containsKey("second-factor-code")
                && JSON.writeValueAsString(answer).contains("\"invalid\"")) {
            throw new IllegalStateException("The second factor was refused");
        }
    }

    /** A first page as a browser opens it: the bootstrap page, the init request, then the navigation to the route. */
    JsonNode open(String route) throws IOException, InterruptedException {
        return open(route, "");
    }

    /** As {@link #open(String)}, with a query string ({@code step=7}). */
    JsonNode open(String route, String query) throws IOException, InterruptedException {
        nodes.clear();
        seen.setLength(0);
        expect(send(get("/" + route + (query.isEmpty() ? "" : "?" + query))), 200);
        HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(route) + "&query=" + encode(query)));
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
        return navigate(route, query);
    }

    /** Moves the open UI to another route, as a click on a menu link does; refuses the error and access-denied views. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        return navigate(route, "");
    }

    private JsonNode navigate(String route, String query) throws IOException, InterruptedException {
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

    boolean has(String id) {
        return nodes.containsKey(id);
    }

    /** Types a value into a text field or area, as the browser sends it when the field loses focus. */
    JsonNode setValue(String id, String value) throws IOException, InterruptedException {
        int node = node(id);
        return uidl(JSON.createArrayNode()
                .add(JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", "value").put("value", value))
                .add(JSON.createObjectNode().put("type", "event").put("node", node).put("event", "change").set("data", JSON.createObjectNode())));
    }

    /** A click on a button. */
    JsonNode click(String id) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 0).put("event.clientY", 0).put("event.altKey", false)
                .put("event.button", 0).put("event.screenY", 0).put("event.screenX", 0);
        return uidl(JSON.createArrayNode().add(JSON.createObjectNode().put("type", "event").put("node", node(id))
                .put("event", "click").set("data", data)));
    }

    /** A DOM event without data on the component with this id (for example {@code confirm} on a ConfirmDialog). */
    JsonNode event(String id, String event) throws IOException, InterruptedException {
        return uidl(JSON.createArrayNode().add(JSON.createObjectNode().put("type", "event").put("node", node(id))
                .put("event", event).set("data", JSON.createObjectNode())));
    }

    /** Whether any answer since the page was opened carried this text (a notification, a label). */
    boolean saw(String text) {
        return seen.indexOf(text) >= 0 || seen.indexOf(jsonEscaped(text)) >= 0;
    }

    private static String jsonEscaped(String text) {
        String quoted = JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private int node(String id) {
        Integer node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("No component with id " + id + " (known: " + nodes.keySet() + ")");
        }
        return node;
    }

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
        seen.append(body);
        return answer;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        servedBy.add(response.headers().firstValue("X-Served-By").orElse("?"));
        return response;
    }

    /** A plain GET through the balancer with this tab's cookies; answers the status. */
    int status(String path) throws IOException, InterruptedException {
        return send(get(path)).statusCode();
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " instead of " + status + " for " + response.uri()
                    + " (node " + response.headers().firstValue("X-Served-By").orElse("?") + ")");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
