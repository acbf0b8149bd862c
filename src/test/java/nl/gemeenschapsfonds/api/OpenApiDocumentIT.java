package nl.gemeenschapsfonds.api;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document of /api/v1, served without a token, against the core API Design Rules: checked here rule by
 * rule (the rules of the Logius ruleset, docs/adr/0022-public-register-and-read-api.md), and with Spectral and the ruleset itself when
 * {@code -Dspectral.bin=…} points at a Spectral CLI (see README: node_modules/.bin/spectral).
 */
@IntegrationTest
class OpenApiDocumentIT {

    @LocalServerPort int port;

    private String document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        return response.body();
    }

    @Test
    void the_document_is_served_without_a_token_and_follows_the_core_design_rules() throws Exception {
        JsonNode api = JsonMapper.builder().build().readTree(document());
        List<String> violations = new ArrayList<>();

        if (!api.get("openapi").asString().matches("^3(.\\d+){1,2}$")) {
            violations.add("openapi version");
        }
        if (!api.get("info").get("version").asString().matches("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$")) {
            violations.add("semver");
        }
        JsonNode contact = api.get("info").get("contact");
        for (String field : List.of("name", "email", "url")) {
            if (contact == null || contact.get(field) == null) {
                violations.add("info.contact." + field);
            }
        }
        api.get("servers").forEach(server -> {
            if (!server.get("url").asString().matches(".*/v[0-9]+$")) {
                violations.add("server url without major version: " + server.get("url"));
            }
        });
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            String key = path.getKey();
            if (key.length() > 1 && key.endsWith("/")) {
                violations.add("trailing slash " + key);
            }
            if (!key.matches("^(/|(/([a-z0-9\\-]+|\\{[^}]+})(/([a-z0-9\\-.]+|\\{[^}]+}))*))$")) {
                violations.add("not kebab-case " + key);
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "patch", "delete", "parameters").contains(operation.getKey())) {
                    violations.add("method " + operation.getKey());
                }
                JsonNode parameters = operation.getValue().get("parameters");
                if (parameters != null) {
                    parameters.forEach(parameter -> {
                        if ("query".equals(parameter.get("in").asString())
                                && !parameter.get("name").asString().matches("^[a-z][a-z\\d]*([A-Z][a-z\\d]*)*$")) {
                            violations.add("query parameter not camelCase " + parameter.get("name"));
                        }
                    });
                    if (!parameters.isEmpty() && operation.getValue().get("responses").get("400") == null) {
                        violations.add("no 400 for " + key);
                    }
                }
                for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
                    String status = response.getKey();
                    JsonNode headers = response.getValue().get("headers");
                    if (status.matches("[23]\\d\\d") && (headers == null || headers.get("API-Version") == null)) {
                        violations.add("no API-Version header on " + key + " " + status);
                    }
                    if (status.matches("[45]\\d\\d")) {
                        JsonNode problem = response.getValue().path("content").get("application/problem+json");
                        if (problem == null) {
                            violations.add("error not problem+json on " + key + " " + status);
                        } else {
                            JsonNode properties = problem.get("schema").get("properties");
                            for (String member : List.of("status", "title", "detail")) {
                                if (properties == null || properties.get(member) == null) {
                                    violations.add("problem without " + member + " on " + key + " " + status);
                                }
                            }
                        }
                    }
                }
            }
        }
        api.get("components").get("schemas").properties().forEach(schema -> {
            JsonNode properties = schema.getValue().get("properties");
            if (properties != null) {
                properties.properties().forEach(property -> {
                    if (property.getKey().matches(".*\\wDate$") && !"date".equals(property.getValue().path("format").asString())) {
                        violations.add("date field without format date: " + schema.getKey() + "." + property.getKey());
                    }
                    if (!property.getKey().equals("_links") && !property.getKey().matches("^[a-z][a-zA-Z0-9]*$")) {
                        violations.add("not camelCase: " + schema.getKey() + "." + property.getKey());
                    }
                });
            }
        });
        assertThat(violations).isEmpty();
        assertThat(api.get("paths").properties()).extracting(Map.Entry::getKey)
                .contains("/calls", "/grants", "/grants/{reference}", "/applications", "/applications/{applicationId}",
                        "/decisions", "/payments", "/pledges");
    }

    @Test
    void the_document_passes_the_logius_spectral_ruleset() throws Exception {
        String spectral = System.getProperty("spectral.bin", "");
        Assumptions.assumeTrue(!spectral.isBlank() && Files.isExecutable(Path.of(spectral)),
                "Spectral not given (-Dspectral.bin=…/node_modules/.bin/spectral)");
        Path file = Files.createTempFile("openapi", ".json");
        Files.writeString(file, document(), StandardCharsets.UTF_8);
        Path ruleset = Path.of("src/test/resources/api-design-rules/linter.yaml").toAbsolutePath();
        Process process = new ProcessBuilder(spectral, "lint", "--fail-severity", "error", "-r", ruleset.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
