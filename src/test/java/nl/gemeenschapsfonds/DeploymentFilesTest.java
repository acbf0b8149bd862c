package nl.gemeenschapsfonds;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files (Dockerfile, docker-compose.yml) against the property files they feed: a
 * variable renamed on one side only, a port or a database name that drifts apart, or a health check
 * on a path that does not exist fails here, long before anyone runs {@code docker compose up}.
 * Plain files, no Spring: runs in surefire.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** {@code ${NAME}} or {@code ${NAME:default}} in a Spring property value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(:([^}]*))?}");
    /** The property keys whose variables a deployment has to provide: database, mail, first admin. */
    private static final List<String> DEPLOYMENT_KEYS = List.of(
            "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
            "spring.mail.host", "spring.mail.port",
            "app.bootstrap-admin.email", "app.bootstrap-admin.password");

    private static Properties defaults;
    private static Properties prod;
    private static Map<String, Object> services;
    private static Map<String, Object> app;
    private static Map<String, String> appEnvironment;
    private static Dockerfile dockerfile;

    @BeforeAll
    static void readFiles() throws IOException {
        defaults = properties("src/main/resources/application.properties");
        prod = properties("src/main/resources/application-prod.properties");
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = map(compose.get("services"));
        }
        app = map(services.get("app"));
        appEnvironment = environment(app);
        dockerfile = Dockerfile.parse(ROOT.resolve("Dockerfile"));
    }

    @Test
    void compose_sets_every_variable_the_prod_profile_reads() {
        Set<String> required = new LinkedHashSet<>();
        // everything the prod profile reads without a default must come from the environment
        prod.stringPropertyNames().forEach(key -> placeholders(prod.getProperty(key)).forEach((name, fallback) -> {
            if (fallback == null) {
                required.add(name);
            }
        }));
        // and what database, mail and first admin read, in whichever file that sits
        for (String key : DEPLOYMENT_KEYS) {
            String value = effective(key);
            assertThat(value).as("property %s in application(-prod).properties", key).isNotNull();
            required.addAll(placeholders(value).keySet());
        }

        // guards the test itself: if a key stopped reading a variable, the check above would pass vacuously
        assertThat(required).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "MAIL_HOST", "MAIL_PORT", "APP_ADMIN_EMAIL", "APP_ADMIN_PASSWORD");
        assertThat(appEnvironment).as("environment of the compose service 'app'").containsKeys(required.toArray(String[]::new));
        required.forEach(name -> assertThat(appEnvironment.get(name)).as("value of %s in compose", name).isNotBlank());
    }

    @Test
    void compose_sets_no_variable_the_application_does_not_read() {
        Set<String> placeholders = new LinkedHashSet<>();
        for (Properties file : List.of(defaults, prod)) {
            file.stringPropertyNames().forEach(key -> placeholders.addAll(placeholders(file.getProperty(key)).keySet()));
        }
        for (String name : appEnvironment.keySet()) {
            // either a ${NAME} of the property files, or a property set directly by Spring's relaxed binding
            String relaxed = name.toLowerCase().replace('_', '.');
            boolean known = placeholders.contains(name)
                    || defaults.containsKey(relaxed) || prod.containsKey(relaxed)
                    || name.equals("SPRING_PROFILES_ACTIVE");
            assertThat(known).as("compose sets %s, which no property reads (a typo or a rename on one side?)", name).isTrue();
        }
    }

    @Test
    void compose_and_the_image_run_the_prod_profile() {
        assertThat(ROOT.resolve("src/main/resources/application-prod.properties")).exists();
        assertThat(appEnvironment).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(dockerfile.env()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        // the prod profile really is the production one: no embedded database, no demo users
        assertThat(prod.getProperty("app.embedded-postgres.enabled")).isEqualTo("false");
        assertThat(prod.getProperty("app.demo-data.enabled")).isEqualTo("false");
    }

    @Test
    void the_published_port_the_exposed_port_and_the_server_port_are_one() {
        int serverPort = serverPortDefault();
        assertThat(appEnvironment).as("PORT would move the server away from the published port").doesNotContainKey("PORT");
        assertThat(dockerfile.exposedPorts()).containsExactly(serverPort);
        List<Integer> containerPorts = list(app.get("ports")).stream().map(DeploymentFilesTest::containerPort).toList();
        assertThat(containerPorts).contains(serverPort);
    }

    @Test
    void the_jdbc_url_points_at_the_compose_database_with_its_name_user_and_password() {
        Matcher jdbc = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*")
                .matcher(appEnvironment.get("SPRING_DATASOURCE_URL"));
        assertThat(jdbc.matches()).as("SPRING_DATASOURCE_URL is a PostgreSQL JDBC URL").isTrue();
        String host = jdbc.group(1);
        assertThat(services).as("the JDBC host is a compose service").containsKey(host);

        Map<String, Object> db = map(services.get(host));
        assertThat(String.valueOf(db.get("image"))).startsWith("postgres:");
        Map<String, String> dbEnvironment = environment(db);
        int port = jdbc.group(2) == null ? 5432 : Integer.parseInt(jdbc.group(2));
        assertThat(port).as("PostgreSQL listens on 5432 in its container").isEqualTo(5432);
        assertThat(jdbc.group(3)).isEqualTo(dbEnvironment.get("POSTGRES_DB"));
        assertThat(appEnvironment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(dbEnvironment.get("POSTGRES_USER"));
        assertThat(appEnvironment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(dbEnvironment.get("POSTGRES_PASSWORD"));

        assertThat(map(map(app.get("depends_on")).get(host))).containsEntry("condition", "service_healthy");
        assertThat(String.valueOf(map(db.get("healthcheck")).get("test"))).contains("pg_isready");
        assertThat(list(db.get("volumes"))).anySatisfy(volume -> assertThat(String.valueOf(volume)).endsWith(":/var/lib/postgresql/data"));
    }

    @Test
    void mail_goes_to_the_mailpit_service_on_its_smtp_port() {
        String host = appEnvironment.get("MAIL_HOST");
        assertThat(services).as("MAIL_HOST is a compose service").containsKey(host);
        Map<String, Object> mail = map(services.get(host));
        assertThat(String.valueOf(mail.get("image"))).startsWith("axllent/mailpit");
        assertThat(appEnvironment.get("MAIL_PORT")).isEqualTo("1025");
        assertThat(list(mail.get("expose")).stream().map(String::valueOf).toList()).contains("1025");
        assertThat(list(mail.get("ports")).stream().map(DeploymentFilesTest::containerPort).toList()).contains(8025);
        assertThat(map(app.get("depends_on"))).containsKey(host);
    }

    @Test
    void uploads_are_scanned_by_the_official_clamav_image_on_its_clamd_port() {
        String host = appEnvironment.get("APP_CLAMAV_HOST");
        assertThat(services).as("APP_CLAMAV_HOST is a compose service").containsKey(host);
        Map<String, Object> clamav = map(services.get(host));
        assertThat(String.valueOf(clamav.get("image"))).startsWith("clamav/clamav");
        assertThat(appEnvironment.get("APP_CLAMAV_PORT")).isEqualTo("3310");
        assertThat(list(clamav.get("expose")).stream().map(String::valueOf).toList()).contains("3310");
        assertThat(list(clamav.get("volumes"))).anySatisfy(volume -> assertThat(String.valueOf(volume)).endsWith(":/var/lib/clamav"));
        assertThat(map(app.get("depends_on"))).containsKey(host);
        assertThat(prod.getProperty("app.clamav.embedded.enabled")).as("production never starts a clamd of its own").isEqualTo("false");
    }

    @Test
    void the_health_checks_ask_an_actuator_health_group_that_exists() {
        String basePath = effectiveOr("management.endpoints.web.base-path", "/actuator");
        assertThat(effective("management.endpoints.web.exposure.include")).contains("health");
        Set<String> groups = new LinkedHashSet<>();
        if ("true".equals(effective("management.endpoint.health.probes.enabled"))) {
            groups.add("liveness");
            groups.add("readiness");
        }
        for (Properties file : List.of(defaults, prod)) {
            file.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("management.endpoint.health.group."))
                    .forEach(key -> groups.add(key.split("\\.")[4]));
        }

        String composeCheck = String.join(" ", list(map(app.get("healthcheck")).get("test")).stream().map(String::valueOf).toList());
        for (String check : List.of(dockerfile.healthcheck(), composeCheck)) {
            Matcher url = Pattern.compile("https?://[^\\s\"']+").matcher(check);
            assertThat(url.find()).as("a URL in the health check '%s'", check).isTrue();
            URI uri = URI.create(url.group());
            assertThat(uri.getPort()).as("port of %s", uri).isEqualTo(serverPortDefault());
            assertThat(uri.getPath()).startsWith(basePath + "/health/");
            assertThat(uri.getPath().substring((basePath + "/health/").length())).isIn(groups);
            assertThat(uri.getPath()).endsWith("/readiness");
        }
    }

    @Test
    void the_image_is_built_with_the_production_profile_and_runs_unprivileged() {
        assertThat(dockerfile.from()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dockerfile.from().getFirst()).startsWith("eclipse-temurin:25-jdk");
        assertThat(dockerfile.from().getLast()).startsWith("eclipse-temurin:25-jre");
        assertThat(dockerfile.run()).anySatisfy(run -> assertThat(run)
                .contains("./mvnw").contains("-Pproduction").contains("-DskipTests").contains("package"));
        assertThat(dockerfile.user()).isNotNull().doesNotStartWith("root").doesNotStartWith("0");
        assertThat(dockerfile.entrypoint()).contains("\"java\"").contains("\"-jar\"");
        // the AOT cache the image starts with is trained in the image, by the runtime's own JVM, without a database,
        // in the mode the image runs in: with Spring's AOT-generated bean definitions
        assertThat(dockerfile.runOfLastStage()).anySatisfy(run -> assertThat(run)
                .contains("-XX:AOTCacheOutput=/app/app.aot").contains("-Dspring.context.exit=onRefresh")
                .contains("-Dspring.aot.enabled=true").contains("--spring.profiles.active=prod,aot-training"));
        assertThat(dockerfile.entrypoint()).contains("\"-XX:AOTCache=/app/app.aot\"").contains("\"-Dspring.aot.enabled=true\"");
        // the health check tool is in the runtime image
        assertThat(dockerfile.healthcheck()).contains("curl");
        assertThat(dockerfile.runOfLastStage()).anySatisfy(run -> assertThat(run).contains("install").contains("curl"));
        assertThat(ROOT.resolve(".dockerignore")).content().contains("target", ".git", "frontend/generated", "node_modules");
    }

    @Test
    void the_aot_training_profile_switches_off_all_that_would_reach_a_database() throws IOException {
        Properties training = properties("src/main/resources/application-aot-training.properties");
        // a switch read at run time: under Spring AOT, spring.flyway.enabled was settled at build time (ADR 0015)
        assertThat(training.getProperty("app.migrate-on-start")).isEqualTo("false");
        assertThat(training.getProperty("spring.flyway.enabled")).isNull();
        assertThat(training.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
        assertThat(training.getProperty("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access")).isEqualTo("false");
        assertThat(training.getProperty("spring.jpa.database-platform")).isNotBlank();
        // docker build has no environment: whatever the prod profile reads without a default, the training profile sets
        prod.stringPropertyNames().forEach(key -> placeholders(prod.getProperty(key)).forEach((name, fallback) -> {
            if (fallback == null) {
                assertThat(training.getProperty(key)).as("%s (reads %s) in application-aot-training.properties", key, name)
                        .isNotBlank();
            }
        }));
    }

    @Test
    void no_password_is_written_into_the_compose_file() {
        assertThat(appEnvironment.get("APP_ADMIN_PASSWORD")).matches("\\$\\{APP_ADMIN_PASSWORD:\\?.+}");
        assertThat(appEnvironment.get("APP_ADMIN_EMAIL")).matches("\\$\\{APP_ADMIN_EMAIL:\\?.+}");
        assertThat(appEnvironment.get("SPRING_DATASOURCE_PASSWORD")).matches("\\$\\{[A-Z_]+:\\?.+}");
    }

    @Test
    void the_secure_session_cookie_of_prod_can_be_switched_off_for_plain_http_on_localhost() {
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(appEnvironment.get("SERVER_SERVLET_SESSION_COOKIE_SECURE")).matches("\\$\\{[A-Z_]+:-false}");
    }

    // ---- helpers ----

    private static Properties properties(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The value with the prod profile active: application-prod.properties over application.properties. */
    private static String effective(String key) {
        return prod.getProperty(key, defaults.getProperty(key));
    }

    private static String effectiveOr(String key, String fallback) {
        String value = effective(key);
        return value == null ? fallback : value;
    }

    /** Variable name to its default (null when it has none). */
    private static Map<String, String> placeholders(String value) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2) == null ? null : matcher.group(3));
        }
        return found;
    }

    private static int serverPortDefault() {
        Map<String, String> port = placeholders(effective("server.port"));
        assertThat(port).as("server.port reads one variable with a default").hasSize(1);
        String fallback = port.values().iterator().next();
        assertThat(fallback).as("default of server.port").isNotNull();
        return Integer.parseInt(fallback);
    }

    /** "8080:8080", "127.0.0.1:8080:8080", "8080", "8080/tcp" or the long form {target: 8080}. */
    private static int containerPort(Object port) {
        if (port instanceof Map<?, ?> longForm) {
            return Integer.parseInt(String.valueOf(longForm.get("target")));
        }
        String text = String.valueOf(port);
        String last = text.substring(text.lastIndexOf(':') + 1);
        return Integer.parseInt(last.replaceAll("/.*", ""));
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] parts = String.valueOf(entry).split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : null);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).as("a mapping in docker-compose.yml").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        assertThat(value).as("a list in docker-compose.yml").isInstanceOf(List.class);
        return (List<?>) value;
    }

    /** The few Dockerfile instructions this test needs, line continuations joined, comments dropped. */
    record Dockerfile(List<String> from, List<String> run, List<String> runOfLastStage, Map<String, String> env,
                      List<Integer> exposedPorts, String user, String entrypoint, String healthcheck) {

        static Dockerfile parse(Path path) throws IOException {
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                } else {
                    current.append(trimmed);
                    instructions.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            List<String> from = new ArrayList<>();
            List<String> run = new ArrayList<>();
            List<String> runOfLastStage = new ArrayList<>();
            Map<String, String> env = new LinkedHashMap<>();
            List<Integer> exposed = new ArrayList<>();
            String user = null;
            String entrypoint = null;
            String healthcheck = null;
            for (String instruction : instructions) {
                String[] parts = instruction.split("\\s+", 2);
                String keyword = parts[0].toUpperCase();
                String arguments = parts.length > 1 ? parts[1] : "";
                switch (keyword) {
                    case "FROM" -> {
                        from.add(arguments.split("\\s+")[0]);
                        runOfLastStage.clear();
                    }
                    case "RUN" -> {
                        run.add(arguments);
                        runOfLastStage.add(arguments);
                    }
                    case "ENV" -> {
                        if (arguments.contains("=")) {
                            for (String pair : arguments.split("\\s+")) {
                                String[] keyValue = pair.split("=", 2);
                                env.put(keyValue[0], keyValue.length > 1 ? keyValue[1].replace("\"", "") : "");
                            }
                        } else {
                            String[] keyValue = arguments.split("\\s+", 2);
                            env.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
                        }
                    }
                    case "EXPOSE" -> {
                        for (String port : arguments.split("\\s+")) {
                            exposed.add(Integer.parseInt(port.replaceAll("/.*", "")));
                        }
                    }
                    case "USER" -> user = arguments;
                    case "ENTRYPOINT" -> entrypoint = arguments;
                    case "HEALTHCHECK" -> healthcheck = arguments;
                    default -> {
                    }
                }
            }
            return new Dockerfile(List.copyOf(from), List.copyOf(run), List.copyOf(runOfLastStage), env,
                    List.copyOf(exposed), user, entrypoint, healthcheck);
        }

        @Override
        public String healthcheck() {
            assertThat(healthcheck).as("HEALTHCHECK in the Dockerfile").isNotNull();
            return healthcheck;
        }

        @Override
        public String entrypoint() {
            assertThat(entrypoint).as("ENTRYPOINT in the Dockerfile").isNotNull();
            return entrypoint;
        }
    }
}
