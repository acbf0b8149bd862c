package nl.gemeenschapsfonds.benchmark;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static nl.gemeenschapsfonds.benchmark.BenchmarkMain.line;

/**
 * The benchmarks on the production jar as a separate process (see {@link ProductionJar}): 5. start-up
 * to the first 200 on {@code /actuator/health} and the idle heap, for the plain jar and the ways of
 * starting it faster; 4. the heap retained per reviewer session with the work queue open, over HTTP.
 */
final class JarBenchmarks {

    private JarBenchmarks() {
    }

    static void run(String jdbcUrl, String user, String password, DataGenerator.Result data, StringBuilder report) throws Exception {
        Path jar = ProductionJar.find();
        if (jar == null) {
            line(report, "\n4.–5. Not measured: no production jar in target/. Run ./mvnw -Pproduction,benchmark verify.");
            return;
        }
        if (!Boolean.getBoolean("benchmark.skipStartup")) {
            startUp(jar, jdbcUrl, user, password, report);
        }
        if (Boolean.getBoolean("benchmark.mainViews")) { // issue 20: the applicant's and the funder's main view only
            MainViewSessions.run(jar, jdbcUrl, user, password, data, report);
            return;
        }
        memoryPerSession(jar, jdbcUrl, user, password, data, report);
    }

    private static void startUp(Path jar, String jdbcUrl, String user, String password, StringBuilder report) throws Exception {
        int runs = Integer.getInteger("benchmark.startups", 2);
        line(report, "\n5. Start-up of the production jar (prod profile, process start to the first 200 on /actuator/health; %d runs each; load before: %s)"
                .formatted(runs, BenchmarkMain.loadAverage()));
        line(report, "| how | first 200 after (each run) | idle heap after GC |");
        line(report, "|---|---|---|");
        Path work = Files.createTempDirectory("gf-startup-");
        // the plain fat jar, as the Dockerfile of before ran it
        startUps("java -jar (fat jar)", jar, List.of(), jdbcUrl, user, password, runs, report);
        // the extracted layout Spring Boot recommends for a class-data cache
        Path extracted = work.resolve("extracted");
        exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination", extracted.toString()));
        Path app = extracted.resolve(jar.getFileName());
        startUps("extracted (java -jar extracted/app.jar)", app, List.of(), jdbcUrl, user, password, runs, report);
        // JDK 25 ahead-of-time cache (JEP 483/514/515), trained as the image trains it: one start without a database
        // (profile aot-training) that stops after the context refresh; then the same with Spring's AOT-generated
        // bean definitions (-Dspring.aot.enabled=true), which is how the image starts
        for (boolean springAot : new boolean[]{false, true}) {
            Path cache = work.resolve(springAot ? "spring-aot.aot" : "app.aot");
            List<String> aot = springAot ? List.of("-Dspring.aot.enabled=true") : List.of();
            long training = System.nanoTime();
            List<String> train = new ArrayList<>(List.of(java()));
            train.addAll(aot);
            train.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar", app.toString(),
                    "--spring.profiles.active=prod,aot-training"));
            exec(train);
            System.out.printf("AOT cache trained in %.1f s: %s (%,d bytes)%n", (System.nanoTime() - training) / 1e9, cache,
                    Files.exists(cache) ? Files.size(cache) : -1);
            String how = springAot ? "as the image: extracted + Spring AOT + AOT cache" : "extracted + AOT cache (-XX:AOTCache)";
            List<String> options = new ArrayList<>(aot);
            options.add("-XX:AOTCache=" + cache);
            if (Files.exists(cache)) {
                startUps(how, app, options, jdbcUrl, user, password, runs, report);
            } else {
                line(report, "| " + how + " | not measured: the training run wrote no cache | |");
            }
        }
    }

    private static void startUps(String how, Path jar, List<String> options, String jdbcUrl, String user, String password, int runs,
                                 StringBuilder report) throws Exception {
        List<String> times = new ArrayList<>();
        long idle = 0;
        for (int i = 0; i < runs; i++) {
            try (ProductionJar app = ProductionJar.start(jar, jdbcUrl, user, password, freePort(), options)) {
                times.add("%.1f s".formatted(app.awaitHealthy(Duration.ofMinutes(3)).toMillis() / 1000.0));
                if (i == 0) {
                    idle = app.liveHeapBytes();
                }
            }
        }
        line(report, "| %s | %s | %.0f MB |".formatted(how, String.join(", ", times), idle / 1e6));
    }

    private static void memoryPerSession(Path jar, String jdbcUrl, String user, String password, DataGenerator.Result data,
                                         StringBuilder report) throws Exception {
        int sessions = Integer.getInteger("benchmark.sessions", 100);
        HttpClient http = ReviewerClient.newHttpClient();
        // as the image runs it (Spring's AOT-generated bean definitions)
        try (ProductionJar app = ProductionJar.start(jar, jdbcUrl, user, password, freePort(), List.of("-Dspring.aot.enabled=true"))) {
            app.awaitHealthy(Duration.ofMinutes(Integer.getInteger("benchmark.startMinutes", 3))); // more on a crowded machine
            // warm-up: classes, caches and the first page's query plans, so that they do not count as session memory
            for (int i = 0; i < 5; i++) {
                ReviewerClient warmUp = new ReviewerClient(http, app.base());
                warmUp.login(data.reviewers().get(i % data.reviewers().size()), DataGenerator.PASSWORD);
                warmUp.confirmGridUpdate(warmUp.openWorkQueue());
                warmUp.confirmGridUpdate(warmUp.scroll(50));
            }
            long before = app.liveHeapBytes();
            java.util.Map<String, Long> histogramBefore = app.histogram();
            List<ReviewerClient> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                ReviewerClient reviewer = new ReviewerClient(http, app.base());
                reviewer.login(data.reviewers().get(i % data.reviewers().size()), DataGenerator.PASSWORD);
                reviewer.confirmGridUpdate(reviewer.openWorkQueue());
                open.add(reviewer);
            }
            long after = app.liveHeapBytes();
            java.util.Map<String, Long> histogramAfter = app.histogram();
            System.out.println("Bytes per session by class (largest 30):");
            histogramAfter.entrySet().stream()
                    .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - histogramBefore.getOrDefault(e.getKey(), 0L)))
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
                    .forEach(e -> System.out.printf("  %,10d  %s%n", e.getValue() / sessions, e.getKey()));
            String dump = System.getProperty("benchmark.heapDump", "");
            if (!dump.isBlank()) {
                app.heapDump(Path.of(dump));
                System.out.println("Heap dump with " + sessions + " sessions open: " + dump);
            }
            routes(app, data, report);
            if (!Boolean.getBoolean("benchmark.skipBrowser")) {
                // accounts from the end of the list: the sessions above signed in with those from the start
                List<String> accounts = new ArrayList<>(data.reviewers().reversed());
                SignInTiming.measure(app.base(), accounts, Integer.getInteger("benchmark.signIns", 5), report);
            }
            line(report, ("\n4. Memory per session: %d reviewers signed in over HTTP, each with the work queue open (first page loaded and confirmed as the browser's Grid does); "
                    + "live heap after a full GC %.1f MB before, %.1f MB after: %.1f KB per session").formatted(sessions, before / 1e6,
                    after / 1e6, (after - before) / 1024.0 / sessions));
        }
    }

    /** The views of each kind of staff user open on the jar as the image runs it (not the error or access-denied view). */
    private static void routes(ProductionJar app, DataGenerator.Result data, StringBuilder report) throws Exception {
        HttpClient http = ReviewerClient.newHttpClient();
        ReviewerClient reviewer = new ReviewerClient(http, app.base());
        reviewer.login(data.reviewers().getFirst(), DataGenerator.PASSWORD);
        reviewer.open("");
        for (String route : List.of("work-queue", "aftercare")) {
            reviewer.navigate(route);
        }
        reviewer.navigate("work-queue");
        reviewer.overdue(true); // the filter by its URL, as the chips keep it (the filter fields are built on demand)
        reviewer.overdue(false);
        try { // the check itself: a reviewer may not see the payments, and navigate() must notice
            reviewer.navigate("payments");
            throw new AssertionError("A reviewer opened /payments");
        } catch (IllegalStateException refused) {
            System.out.println("As expected, for a reviewer: " + refused.getMessage());
        }
        ReviewerClient decider = new ReviewerClient(http, app.base());
        decider.login(data.decisionMakers().getFirst(), DataGenerator.PASSWORD);
        decider.open("work-queue");
        for (String route : List.of("ranking", "budget", "cofinancing", "funds", "aftercare")) {
            decider.navigate(route);
        }
        ReviewerClient funder = new ReviewerClient(http, app.base());
        funder.login(data.funderUser(), DataGenerator.PASSWORD);
        funder.open("funder/marketplace");
        for (String route : List.of("funder/projects", "funder/organisation")) {
            funder.navigate(route);
        }
        new ReviewerClient(http, app.base()).open("calls");
        line(report, "\nViews opened on the jar as the image runs it (Spring AOT): reviewer /, /work-queue, /aftercare, /work-queue?overdue=true; decision maker "
                + "/work-queue, /ranking, /budget, /cofinancing, /funds, /aftercare; funder /funder/marketplace, /funder/projects, "
                + "/funder/organisation; anonymous /calls");
    }

    static int freePort() throws Exception {
        Integer given = Integer.getInteger("benchmark.jarPort");
        if (given != null) { // a port of one's own on a shared machine; the jars run one after the other
            return given;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + command);
        }
    }
}
