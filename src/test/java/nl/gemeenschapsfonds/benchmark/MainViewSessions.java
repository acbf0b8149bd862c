package nl.gemeenschapsfonds.benchmark;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static nl.gemeenschapsfonds.benchmark.BenchmarkMain.line;

/**
 * Issue 20: memory per idle session of the applicant's and the funder's main view ("Mijn aanvragen" on
 * {@code /applications}, the marketplace on {@code /funder/marketplace}), measured as the reviewer's work queue is
 * (production jar, the protocol as a browser speaks it, live heap after a full GC before and after the sessions).
 * Run with {@code -Dbenchmark.mainViews=true} (see docs/performance.md, "Main views of applicant and funder").
 */
final class MainViewSessions {

    /** The applicant the benchmark signs in as: a member of the first generated organisation with applications. */
    static final String APPLICANT = "applicant-user@benchmark.test";

    private MainViewSessions() {
    }

    static void run(Path jar, String jdbcUrl, String user, String password, DataGenerator.Result data, StringBuilder report)
            throws Exception {
        addApplicant(jdbcUrl, user, password, data.funderUser());
        int sessions = Integer.getInteger("benchmark.sessions", 100);
        HttpClient http = ReviewerClient.newHttpClient();
        // without clamd the malware scanner's health is DOWN, so /actuator/health answers 503 and the harness would wait
        // for ever: here DOWN answers 200 (the sessions below check that each view opened)
        try (ProductionJar app = ProductionJar.start(jar, jdbcUrl, user, password, JarBenchmarks.freePort(),
                List.of("-Dspring.aot.enabled=true", "-Dmanagement.endpoint.health.status.http-mapping.down=200"))) {
            // a busy shared machine (load 20+) starts the jar in more than the 3 minutes of a quiet one
            app.awaitHealthy(Duration.ofMinutes(Integer.getInteger("benchmark.startMinutes", 10)));
            measure(app, http, APPLICANT, "applications", "my-applications-grid", sessions, report);
            measure(app, http, data.funderUser(), "funder/marketplace", "marketplace-grid", sessions, report);
        }
    }

    private static void measure(ProductionJar app, HttpClient http, String email, String route, String gridId, int sessions,
                                StringBuilder report) throws Exception {
        for (int i = 0; i < 5; i++) { // warm-up: classes, caches and query plans do not count as session memory
            open(http, app, email, route, gridId);
        }
        long before = app.liveHeapBytes();
        List<ReviewerClient> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            open.add(open(http, app, email, route, gridId));
        }
        long after = app.liveHeapBytes();
        line(report, ("\nMain view /%s: %d sessions of %s, each with the view open; live heap after a full GC %.1f MB before, "
                + "%.1f MB after: %.1f KB per session (load before: %s)").formatted(route, sessions, email, before / 1e6,
                after / 1e6, (after - before) / 1024.0 / sessions, BenchmarkMain.loadAverage()));
        System.out.println(open.size() + " sessions kept open until measured");
    }

    private static ReviewerClient open(HttpClient http, ProductionJar app, String email, String route, String gridId) throws Exception {
        ReviewerClient client = new ReviewerClient(http, app.base());
        client.login(email, DataGenerator.PASSWORD);
        JsonNode answer = client.open(route);
        client.confirmGridUpdate(answer, gridId);
        return client;
    }

    /** One applicant user for the organisation with the most generated applications (the generator makes none). */
    private static void addApplicant(String jdbcUrl, String user, String password, String funderUser) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into app_user (email, display_name, password_hash, role, organisation_id, email_confirmed)
                     select ?, 'Aanvrager benchmark', u.password_hash, 'APPLICANT',
                            (select organisation_id from grant_application group by organisation_id order by count(*) desc, organisation_id limit 1),
                            true
                     from app_user u where u.email = ?
                     on conflict do nothing""")) {
            insert.setString(1, APPLICANT);
            insert.setString(2, funderUser);
            insert.executeUpdate();
            try (PreparedStatement count = connection.prepareStatement("""
                    select count(*) from grant_application where organisation_id = (select organisation_id from app_user where email = ?)""")) {
                count.setString(1, APPLICANT);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    System.out.println(APPLICANT + " sees " + rows.getLong(1) + " applications");
                }
            }
        }
    }
}
