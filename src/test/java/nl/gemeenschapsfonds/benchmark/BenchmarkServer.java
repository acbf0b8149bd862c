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
 * {@code target/benchmark-reviewers.txt} and runs until stopped.
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
            try (ProductionJar app = ProductionJar.start(jar, url, "postgres", "", port, List.of("-Xmx1g"))) {
                Duration up = app.awaitHealthy(Duration.ofMinutes(3));
                System.out.printf("%nThe production jar is up at %s after %.1f s (log: %s); reviewers (password %s) in "
                        + "target/benchmark-reviewers.txt. Stop with Ctrl-C.%n", app.base(), up.toMillis() / 1000.0, app.log,
                        DataGenerator.PASSWORD);
                Thread.currentThread().join();
            }
        }
    }
}
