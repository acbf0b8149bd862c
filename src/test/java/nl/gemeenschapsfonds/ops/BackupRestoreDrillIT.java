package nl.gemeenschapsfonds.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.gemeenschapsfonds.Application;
import nl.gemeenschapsfonds.payment.GrantWithAdvances;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup and restore drill (issue 18), with the scripts an operator uses: ops/backup/backup.sh dumps the running
 * test instance's database, ops/backup/restore.sh restores it into a new, empty PostgreSQL, the figures
 * (ops/backup/figures.sql: rows per table, migration, ledger totals) are the same on both, and the application starts
 * on the restored database (Flyway validates the history, Hibernate the schema) and answers ready.
 * Needs pg_dump, pg_restore and psql of PostgreSQL 15 or newer (Debian's postgresql-client): on the PATH, in
 * /usr/lib/postgresql/15/bin, or in the folder of -Dpg.bin; skipped, saying so, where there are none. 6.5 minutes on
 * two cores at a load average of about 20 after the shared context started (an estimated 1-2 minutes on a quiet
 * machine), most of it the restored application's start in its own JVM.
 */
@IntegrationTest
class BackupRestoreDrillIT {

    private static final Path SCRIPTS = Path.of("ops/backup");
    private static final String RUNTIME_ROLE = "gemeenschapsfonds_app";

    @Autowired
    EmbeddedPostgres source;

    @Autowired
    GrantWithAdvances grants;

    @Test
    void a_backup_of_the_running_instance_restores_into_an_empty_postgresql_with_the_same_figures_and_the_application_starts_on_it(
            @TempDir Path folder) throws Exception {
        assumeTrue(pgBin().isPresent() || onPath("pg_dump"), "The backup drill needs PostgreSQL's client tools (pg_dump, "
                + "pg_restore, psql 15+): apt-get install postgresql-client, or -Dpg.bin=<folder>. Skipped.");
        grants.create("Gemeente Back-up"); // a grant with committed money in the ledger, on top of the demo data
        String sourceDb = connection(source.getPort());
        List<String> before = figures(sourceDb);
        assertThat(before).as("figures of the source").anyMatch(line -> line.startsWith("ledger|COMMIT|"))
                .anyMatch(line -> line.startsWith("rows|grant_application|"));

        long started = System.nanoTime();
        List<String> backup = run(List.of("bash", SCRIPTS.resolve("backup.sh").toString(), folder.toString(), sourceDb));
        Path dump = Path.of(backup.getLast());
        assertThat(dump).exists();
        assertThat(Path.of(dump + ".sha256")).exists();

        try (EmbeddedPostgres target = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start()) {
            String targetDb = connection(target.getPort());
            // roles belong to the cluster: the DBA creates the runtime role before the restore (restore.sh checks)
            List<String> refused = runExpectingFailure(List.of("bash", SCRIPTS.resolve("restore.sh").toString(), dump.toString(), targetDb));
            assertThat(String.join("\n", refused)).contains("runtime role 'gemeenschapsfonds_app' does not exist");
            sql(target, "create role " + RUNTIME_ROLE + " login password '" + RUNTIME_ROLE + "' nosuperuser nocreatedb nocreaterole noinherit");

            run(List.of("bash", SCRIPTS.resolve("restore.sh").toString(), dump.toString(), targetDb));
            System.out.printf("Backup and restore drill: dump and restore of %d tables took %d s%n",
                    before.stream().filter(line -> line.startsWith("rows|")).count(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));

            assertThat(figures(targetDb)).as("rows per table, migration and ledger totals after the restore")
                    .containsExactlyElementsOf(before);
            // a second restore into the now full database is refused, and changes nothing
            assertThat(String.join("\n", runExpectingFailure(List.of("bash", SCRIPTS.resolve("restore.sh").toString(),
                    dump.toString(), targetDb)))).contains("restore only into an empty database");

            Path log = folder.resolve("restored-application.log");
            int port = freePort();
            Process restored = startOn(target, port, log);
            try {
                assertThat(awaitReady(port, restored, log)).as("readiness of the application on the restored database").isEqualTo(200);
                String output = Files.readString(log);
                assertThat(output).as("Flyway checked the restored history").contains("Successfully validated")
                        .contains("Schema \"public\" is up to date");
                // it works on the restored database, as the runtime role
                assertThat(query(target, "select count(*) from pg_stat_activity where usename = '" + RUNTIME_ROLE + "'"))
                        .as("connections of the runtime role").isPositive();
            } finally {
                restored.destroy(); // SIGTERM: graceful shutdown
                if (!restored.waitFor(60, TimeUnit.SECONDS)) {
                    restored.destroyForcibly().waitFor();
                }
            }
            assertThat(figures(targetDb)).as("the ledger after the application started on the restore")
                    .filteredOn(line -> line.startsWith("ledger|") || line.startsWith("migration|"))
                    .containsExactlyElementsOf(before.stream().filter(line -> line.startsWith("ledger|") || line.startsWith("migration|")).toList());
        }
    }

    /**
     * The application as production starts it on an external database (Flyway as the owner, the runtime role for the
     * rest, no embedded database, no demo data), in a JVM of its own: a second Spring Boot application in the test's JVM
     * would take over global state (Vaadin's security context strategy, the logging system) from the shared context.
     */
    private static Process startOn(EmbeddedPostgres target, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the quick compiler only: the application starts once and answers a few requests (a third faster to
                // start on two busy cores; issue 20)
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("server.port", String.valueOf(port));
        settings.put("app.embedded-postgres.enabled", "false");
        settings.put("spring.datasource.url", "jdbc:postgresql://localhost:" + target.getPort() + "/postgres");
        settings.put("spring.datasource.username", RUNTIME_ROLE);
        settings.put("spring.datasource.password", RUNTIME_ROLE);
        settings.put("spring.flyway.user", "postgres");
        settings.put("spring.flyway.password", "postgres");
        settings.put("app.demo-data.enabled", "false");
        settings.put("app.clamav.embedded.enabled", "false");
        settings.put("app.mail.mode", "log");
        settings.put("app.reminders.cron", "-");
        settings.put("app.report-reminders.cron", "-");
        settings.put("vaadin.devmode.devTools.enabled", "false");
        settings.put("spring.main.banner-mode", "off");
        settings.put("vaadin.allowed-packages", "nl/gemeenschapsfonds"); // as the tests' own context (ADR 0031)
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Polls readiness until it answers 200 (or the process ends, or five minutes pass); answers the last status. */
    private static int awaitReady(int port, Process process, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        if (!process.isAlive()) {
            System.out.println(Files.readString(log));
        }
        return status;
    }

    private static long query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement s = connection.createStatement();
             var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String connection(int port) {
        return "host=localhost port=" + port + " user=postgres dbname=postgres";
    }

    private static void sql(EmbeddedPostgres postgres, String statement) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<String> figures(String database) throws Exception {
        return run(List.of(tool("psql"), "--no-psqlrc", "--no-password", "-At", "-f", SCRIPTS.resolve("figures.sql").toString(), database));
    }

    private static List<String> run(List<String> command) throws Exception {
        Result result = execute(command);
        assertThat(result.exit()).as("%s\n%s", command, String.join("\n", result.output())).isZero();
        return result.output();
    }

    private static List<String> runExpectingFailure(List<String> command) throws Exception {
        Result result = execute(command);
        assertThat(result.exit()).as("%s\n%s", command, String.join("\n", result.output())).isNotZero();
        return result.output();
    }

    private record Result(int exit, List<String> output) {
    }

    private static Result execute(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        pgBin().ifPresent(bin -> builder.environment().put("PG_BIN", bin.toString()));
        builder.environment().remove("PGDATABASE");
        Process process = builder.start();
        byte[] stderr;
        List<String> stdout;
        try (var out = process.getInputStream(); var err = process.getErrorStream()) {
            stdout = new ArrayList<>(new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            stderr = err.readAllBytes();
        }
        assertThat(process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)).isTrue();
        String errors = new String(stderr, StandardCharsets.UTF_8);
        if (!errors.isBlank()) {
            System.out.println(errors.strip());
        }
        List<String> all = new ArrayList<>(stdout);
        all.addAll(errors.lines().toList());
        return new Result(process.exitValue(), process.exitValue() == 0 ? stdout : all);
    }

    /** The PostgreSQL client tools: -Dpg.bin, Debian's version-15 folder, or the PATH; fails clearly when none has pg_dump. */
    private static java.util.Optional<Path> pgBin() {
        for (String candidate : new String[]{System.getProperty("pg.bin"), "/usr/lib/postgresql/15/bin"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate, "pg_dump"))) {
                return java.util.Optional.of(Path.of(candidate));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean onPath(String name) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> !folder.isBlank() && Files.isExecutable(Path.of(folder, name)));
    }

    private static String tool(String name) {
        return pgBin().map(bin -> bin.resolve(name).toString()).orElse(name);
    }
}
