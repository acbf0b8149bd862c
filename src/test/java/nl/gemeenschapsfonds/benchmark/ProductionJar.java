package nl.gemeenschapsfonds.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The production jar ({@code ./mvnw -Pproduction package}) as a separate process with the prod profile
 * against a given PostgreSQL, as a deployment runs it: for the start-up time, the idle heap, the
 * memory per session and the load test. The benchmark talks plain HTTP to it (TLS belongs to the
 * proxy in front), so the session cookie is not marked Secure here.
 */
final class ProductionJar implements AutoCloseable {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");

    private final Process process;
    private final long startNanos;
    final int port;
    final Path log;

    private ProductionJar(Process process, long startNanos, int port, Path log) {
        this.process = process;
        this.startNanos = startNanos;
        this.port = port;
        this.log = log;
    }

    /** The jar under target/, or null when it has not been built with the production profile. */
    static Path find() throws IOException {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("gemeenschapsfonds-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar")).findFirst().orElse(null);
            if (jar == null) {
                return null;
            }
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
                if (info == null || !new String(zip.getInputStream(info).readAllBytes()).matches("(?s).*\"productionMode\"\\s*:\\s*true.*")) {
                    return null;
                }
            }
            return jar;
        }
    }

    static ProductionJar start(Path jar, String jdbcUrl, String user, String password, int port, List<String> jvmOptions)
            throws IOException {
        return start(List.of(), jar, jdbcUrl, user, password, port, jvmOptions);
    }

    /**
     * As {@link #start(Path, String, String, String, int, List)}, the command behind a launcher (for example
     * {@code taskset -c 0}: the jar on one core, BenchmarkServer {@code -Dbenchmark.jarCpus}). The jar mails to
     * {@code -Dbenchmark.smtpPort} (default 3425; nothing needs to listen there).
     */
    static ProductionJar start(List<String> launcher, Path jar, String jdbcUrl, String user, String password, int port,
                               List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.servlet.session.cookie.secure=false",
                "--app.reminders.cron=-"));
        Path log = Files.createTempFile("gf-jar-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("APP_BASE_URL", "http://localhost:" + port);
        env.put("MAIL_HOST", "localhost");
        env.put("MAIL_PORT", System.getProperty("benchmark.smtpPort", "3425"));
        env.put("PORT", Integer.toString(port));
        long start = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return new ProductionJar(process, start, port, log);
    }

    /**
     * Polls the readiness probe ({@code /actuator/health/readiness}) until it answers 200; the time from process start.
     * Not {@code /actuator/health} (as until 2026-12-05): since the malware scanner's health indicator, the overall
     * health of a jar without a configured scanner (as here) is DOWN, 503, however long one waits; readiness holds only
     * what decides whether the instance takes traffic.
     */
    Duration awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - startNanos < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Not healthy within " + timeout + "; see " + log);
    }

    /** Waits for a process that stops by itself (a training run). */
    void awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Did not stop within " + timeout + "; see " + log);
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Bytes of live objects after a full GC (jcmd GC.class_histogram collects first). */
    long liveHeapBytes() throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher total = HISTOGRAM_TOTAL.matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("No histogram total from jcmd: " + out.lines().limit(5).toList());
        }
        return Long.parseLong(total.group(2));
    }

    /** Bytes per class after a full GC, to see what sessions hold. */
    Map<String, Long> histogram() throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Map<String, Long> bytes = new java.util.HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
        out.lines().forEach(line -> {
            Matcher m = row.matcher(line);
            if (m.find()) {
                bytes.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
            }
        });
        return bytes;
    }

    /** A heap dump of the live objects, to see what one session retains (for example with Eclipse MAT). */
    void heapDump(Path file) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.heap_dump", file.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0 || !Files.exists(file)) {
            throw new IllegalStateException("No heap dump from jcmd: " + out);
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
