package nl.gemeenschapsfonds.ops;

import nl.gemeenschapsfonds.test.DemoUsers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/prometheus} read as a monitoring system does: HTTP Basic as an administrator, as configured. */
final class Prometheus {

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    Prometheus(int port) {
        this.port = port;
    }

    /** The whole scrape, asserting it answered 200. */
    String scrape() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", basic(DemoUsers.ADMIN, DemoUsers.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of one series, e.g. {@code gemeenschapsfonds_decisions_total{outcome="granted"}}; fails when absent. */
    double value(String series) throws Exception {
        String scrape = scrape();
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        return scrape.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.isEmpty() || line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce(Double::sum)
                .orElseThrow(() -> new AssertionError(series + " not in the scrape"));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
