package nl.gemeenschapsfonds.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.gemeenschapsfonds.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A target for the load test ({@code ./mvnw -Pgatling …}, see docs/performance.md): an embedded
 * PostgreSQL filled by the {@link DataGenerator}, and the production jar on it at
 * {@code -Dbenchmark.port} (default 8425). Writes the reviewers' e-mail addresses to
 * {@code target/benchmark-reviewers.txt} and runs until stopped. {@code -Dbenchmark.jarOptions} adds JVM options to the
 * jar (space-separated); pin it to a core with {@code taskset -a -c -p 0 <pid>} once it runs (docs/performance.md).
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
            // -Dbenchmark.jarOptions="-XX:ActiveProcessorCount=1 -XX:StartFlightRecording=…" for the run on one core
            List<String> options = new java.util.ArrayList<>(List.of("-Xmx1g"));
            options.addAll(List.of(System.getProperty("benchmark.jarOptions", "").split(" ")).stream().filter(o -> !o.isBlank()).toList());
            try (ProductionJar app = ProductionJar.start(jar, url, "postgres", "", port, options)) {
                Duration up = app.awaitHealthy(Duration.ofMinutes(3));
                System.out.printf("%nThe production jar is up at %s after %.1f s (log: %s); reviewers (password %s) in "
                        + "target/benchmark-reviewers.txt. Stop with Ctrl-C.%n", app.base(), up.toMillis() / 1000.0, app.log,
                        DataGenerator.PASSWORD);
                Thread.currentThread().join();
            }
        }
    }
}
