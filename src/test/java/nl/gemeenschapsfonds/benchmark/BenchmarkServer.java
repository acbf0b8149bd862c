package nl.gemeenschapsfonds.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.gemeenschapsfonds.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A target for the load test ({@code ./mvnw -Pgatling …}, see docs/performance.md): an embedded
 * PostgreSQL filled by the {@link DataGenerator}, and the production jar on it at
 * {@code -Dbenchmark.port} (default 8425). Writes the reviewers' e-mail addresses to
 * {@code target/benchmark-reviewers.txt} and runs until stopped. {@code -Dbenchmark.jarOptions} adds JVM options to the
 * jar (space-separated).
 *
 * <p>For the application on one core (issue 20 item 4, {@code docs/tools/one-core-load.sh}): {@code -Dbenchmark.jarCpus=0}
 * starts the jar under {@code taskset -c 0}, and {@code -Dbenchmark.pgCpus=1} moves the database server (and this
 * process) to core 1 once the data is generated (the generation itself uses both cores); the jar's new connections are
 * forked by the pinned postmaster and stay on core 1. {@code -Dbenchmark.startMinutes} (default 3) is how long the jar
 * may take to become ready. Prints {@code Jar pid: N} and {@code up at …} for scripts. {@code -Dbenchmark.jarLayout=extracted}
 * runs the jar as the Docker image does, extracted ({@link #extracted}); default {@code nested} ({@code java -jar} of the
 * fat jar, as until 2026-12-06).
 */
public final class BenchmarkServer {

    private BenchmarkServer() {
    }

    public static void main(String[] args) throws Exception {
        int applications = Integer.getInteger("benchmark.applications", 100_000);
        int port = Integer.getInteger("benchmark.port", 8425);
        Path jar = ProductionJar.find();
        if (jar == null) {
            throw new IllegalStateException("Build the production jar first: ./mvnw -Pproduction -DskipTests package");
        }
        try (EmbeddedPostgres postgres = BenchmarkMain.embeddedPostgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DataGenerator.Result data;
            try (ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                    BenchmarkMain.inProcessProperties(url, "postgres", "").toArray(String[]::new))) {
                data = new DataGenerator(context.getBean(DataSource.class), 2027).generate(applications);
            }
            Files.write(Path.of("target", "benchmark-reviewers.txt"), data.reviewers());
            long postmaster = postmaster(postgres.getPostgresDatabase());
            System.out.println("Postmaster pid: " + postmaster);
            String pgCpus = System.getProperty("benchmark.pgCpus", "");
            if (!pgCpus.isBlank()) {
                pin(postmaster, pgCpus);
                pin(ProcessHandle.current().pid(), pgCpus);
                System.out.println("PostgreSQL and BenchmarkServer pinned to cpus " + pgCpus);
            }
            // -Dbenchmark.jarOptions="-XX:ActiveProcessorCount=1 -XX:StartFlightRecording=…" for the run on one core
            List<String> options = new ArrayList<>(List.of("-Xmx1g"));
            options.addAll(Stream.of(System.getProperty("benchmark.jarOptions", "").split(" ")).filter(o -> !o.isBlank()).toList());
            String jarCpus = System.getProperty("benchmark.jarCpus", "");
            List<String> launcher = jarCpus.isBlank() ? List.of() : List.of("taskset", "-c", jarCpus);
            // -Dbenchmark.jarLayout=extracted: as the Docker image runs it (java -Djarmode=tools extract, then java -jar of
            // the extracted jar, its libraries plain jars in lib/), not the fat jar's nested jars
            Path run = "extracted".equals(System.getProperty("benchmark.jarLayout", "nested")) ? extracted(jar) : jar;
            System.out.println("Jar layout: " + (run == jar ? "nested (java -jar of the fat jar)" : "extracted (" + run + ")"));
            try (ProductionJar app = ProductionJar.start(launcher, run, url, "postgres", "", port, options)) {
                System.out.println("Jar pid: " + app.pid());
                Duration up = app.awaitHealthy(Duration.ofMinutes(Integer.getInteger("benchmark.startMinutes", 3)));
                System.out.printf("%nThe production jar is up at %s after %.1f s (log: %s); reviewers (password %s) in "
                        + "target/benchmark-reviewers.txt. Stop with Ctrl-C.%n", app.base(), up.toMillis() / 1000.0, app.log,
                        DataGenerator.PASSWORD);
                Thread.currentThread().join();
            }
        }
    }

    /**
     * The production jar extracted as the Dockerfile does it ({@code java -Djarmode=tools -jar … extract}, Spring Boot's
     * "Efficient deployments"): {@code target/benchmark-extracted/<jar>}, its libraries in {@code lib/} next to it.
     */
    static Path extracted(Path jar) throws IOException, InterruptedException {
        Path destination = Path.of("target", "benchmark-extracted");
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools",
                "-jar", jar.toAbsolutePath().toString(), "extract", "--force", "--destination", destination.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String out = new String(extract.getInputStream().readAllBytes());
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Extracting " + jar + " failed: " + out);
        }
        return destination.resolve(jar.getFileName());
    }

    /** The database server's main process: the first line of {@code postmaster.pid} in its data directory. */
    static long postmaster(DataSource database) throws Exception {
        try (Connection connection = database.getConnection();
             ResultSet directory = connection.createStatement().executeQuery("show data_directory")) {
            directory.next();
            return Long.parseLong(Files.readAllLines(Path.of(directory.getString(1), "postmaster.pid")).getFirst().trim());
        }
    }

    /** Pins a process, all its threads and its child processes (a postmaster's backends) to these cpus. */
    static void pin(long pid, String cpus) throws IOException, InterruptedException {
        List<Long> pids = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(process -> process.descendants().forEach(child -> pids.add(child.pid())));
        for (long each : pids) {
            Process taskset = new ProcessBuilder("taskset", "-a", "-c", "-p", cpus, Long.toString(each))
                    .redirectErrorStream(true).start();
            String out = new String(taskset.getInputStream().readAllBytes());
            if (taskset.waitFor() != 0 && ProcessHandle.of(each).isPresent()) {
                throw new IllegalStateException("taskset failed for " + each + ": " + out);
            }
        }
    }
}
