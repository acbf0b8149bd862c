package nl.gemeenschapsfonds.scan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real clamd (Debian's {@code clamav-daemon}) started by the application itself in the embedded default and in
 * the tests, like the embedded PostgreSQL: a folder of its own with a {@code clamd.conf} (TCP on 127.0.0.1, a free
 * port, in the foreground) and a signature database. Offline there is no signature download, so the database holds
 * a signature made with {@code sigtool --md5} from the EICAR test file, which clamd loads like the official ones
 * (it then reports {@code eicar.txt.UNOFFICIAL}), and a body signature for the same test string inside another file. Production runs the official ClamAV image with freshclam instead
 * ({@code APP_CLAMAV_HOST}). Never the package's own service or port 3310.
 */
public final class EmbeddedClamd implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedClamd.class);

    private final Path executable;
    private final Path folder;
    private final int port;
    private final long streamMaxBytes;
    private Process process;

    private EmbeddedClamd(Path executable, Path folder, int port, long streamMaxBytes) {
        this.executable = executable;
        this.folder = folder;
        this.port = port;
        this.streamMaxBytes = streamMaxBytes;
    }

    /** The clamd executable ({@code configured}, else /usr/sbin/clamd or clamd on the PATH), or null when not installed. */
    static Path find(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? path : null;
        }
        Stream<Path> candidates = Stream.concat(Stream.of(Path.of("/usr/sbin/clamd"), Path.of("/usr/local/sbin/clamd")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(s -> !s.isBlank())
                        .map(dir -> Path.of(dir, "clamd")));
        return candidates.filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Writes the configuration and the signature database to a new temporary folder and starts clamd there. */
    static EmbeddedClamd start(Path executable, long streamMaxBytes, Duration startTimeout) {
        try {
            Path folder = Files.createTempDirectory("gf-clamd-");
            EmbeddedClamd clamd = new EmbeddedClamd(executable, folder, freePort(), streamMaxBytes);
            clamd.writeConfiguration();
            clamd.start(startTimeout);
            return clamd;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded clamd", e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Starts clamd (again) on the same port and waits until it answers PING. */
    public synchronized void start(Duration timeout) {
        if (running()) {
            return;
        }
        try {
            process = new ProcessBuilder(executable.toString(), "--config-file=" + folder.resolve("clamd.conf"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("clamd.out").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + executable, e);
        }
        ClamdClient client = new ClamdClient("127.0.0.1", port, Duration.ofMillis(500), Duration.ofSeconds(2));
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (client.ping()) {
                log.info("Embedded clamd ({}) answers on 127.0.0.1:{} (folder {})", executable, port, folder);
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            sleep(200);
        }
        String output = readOutput();
        stop();
        throw new IllegalStateException("The embedded clamd did not start within " + timeout.toSeconds() + " s: " + output);
    }

    /** Stops clamd; uploads are then refused until it is started again. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not remove {}", folder, e);
        }
    }

    private void writeConfiguration() throws IOException {
        Path database = Files.createDirectories(folder.resolve("db"));
        Files.writeString(database.resolve("test.hdb"), eicarSignature());
        // and the same test string anywhere inside a file (e.g. in a PDF), as the official database finds it
        Files.writeString(database.resolve("test.ndb"), "Eicar-Test-Signature-Inside:0:*:" + HexFormat.of().formatHex(Eicar.bytes()) + "\n");
        List<String> lines = new java.util.ArrayList<>(List.of(
                "DatabaseDirectory " + database,
                "TCPSocket " + port,
                "TCPAddr 127.0.0.1",
                "Foreground yes",
                "TemporaryDirectory " + Files.createDirectories(folder.resolve("tmp")),
                "StreamMaxLength " + Math.max(streamMaxBytes, 1024 * 1024),
                "SelfCheck 0"));
        if ("root".equals(System.getProperty("user.name"))) {
            lines.add("User root"); // otherwise clamd switches to the clamav user, which cannot read this folder
        }
        Files.write(folder.resolve("clamd.conf"), lines, StandardCharsets.UTF_8);
    }

    /** {@code sigtool --md5 eicar.txt}; its known output where sigtool is missing. */
    private String eicarSignature() throws IOException {
        Path eicar = folder.resolve("eicar.txt");
        Files.write(eicar, Eicar.bytes());
        Path sigtool = executable.getParent().getParent().resolve("bin/sigtool");
        if (Files.isExecutable(sigtool)) {
            try {
                Process run = new ProcessBuilder(sigtool.toString(), "--md5", "eicar.txt").directory(folder.toFile()).start();
                String signature = new String(run.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                if (run.waitFor() == 0 && signature.contains(":eicar.txt")) {
                    Files.delete(eicar);
                    return signature;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.delete(eicar);
        return "44d88612fea8a8f36de82e1278abb02f:68:eicar.txt\n";
    }

    private String readOutput() {
        try {
            String out = Files.readString(folder.resolve("clamd.out"));
            return out.length() > 2000 ? out.substring(out.length() - 2000) : out;
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
