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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static nl.gemeenschapsfonds.benchmark.BenchmarkMain.line;

/**
 * Issue 20: memory per idle session of the all-day views, each measured as the reviewer's work queue is (production
 * jar, the protocol as a browser speaks it, live heap after a full GC before and after the sessions, 5 warm-up
 * sessions first): the reviewer's work queue, the applicant's "Mijn aanvragen" ({@code /applications}), the funders'
 * marketplace ({@code /funder/marketplace}) and finance's {@code /payments}, one after the other on the same jar.
 * Run with {@code -Dbenchmark.mainViews=true} (see docs/performance.md); {@code -Dbenchmark.views=marketplace,payments}
 * measures some of them; {@code -Dbenchmark.heapDump=/tmp/views.hprof} writes one heap dump with all sessions open at
 * the end, which {@code docs/tools/SessionHeap.java} splits per view.
 */
final class MainViewSessions {

    /** The applicant the benchmark signs in as: a member of the first generated organisation with applications. */
    static final String APPLICANT = "applicant-user@benchmark.test";

    /** The views, by the name {@code -Dbenchmark.views} uses: route and Grid id. */
    private static final Map<String, String[]> VIEWS = Map.of(
            "work-queue", new String[]{"work-queue", "work-queue-grid"},
            "applications", new String[]{"applications", "my-applications-grid"},
            "marketplace", new String[]{"funder/marketplace", "marketplace-grid"},
            "payments", new String[]{"payments", "payments-grid"});

    private MainViewSessions() {
    }

    static void run(Path jar, String jdbcUrl, String user, String password, DataGenerator.Result data, StringBuilder report)
            throws Exception {
        int sessions = Integer.getInteger("benchmark.sessions", 100);
        List<String> views = Arrays.stream(System.getProperty("benchmark.views", "applications,marketplace,work-queue,payments")
                .split(",")).map(String::strip).filter(VIEWS::containsKey).toList();
        addApplicant(jdbcUrl, user, password, data.funderUser());
        // finance staff owe a second factor: one account per session (a code counts once per account and 30 s)
        List<String> finance = views.contains("payments")
                ? addFinance(jdbcUrl, user, password, data.decisionMakers().getFirst(), sessions + 5) : List.of();
        HttpClient http = ReviewerClient.newHttpClient();
        // without clamd the malware scanner's health is DOWN, so /actuator/health answers 503 and the harness would wait
        // for ever: here DOWN answers 200 (the sessions below check that each view opened)
        try (ProductionJar app = ProductionJar.start(jar, jdbcUrl, user, password, JarBenchmarks.freePort(),
                List.of("-Dspring.aot.enabled=true", "-Dmanagement.endpoint.health.status.http-mapping.down=200"))) {
            // a busy shared machine (load 20+) starts the jar in more than the 3 minutes of a quiet one
            app.awaitHealthy(Duration.ofMinutes(Integer.getInteger("benchmark.startMinutes", 10)));
            List<ReviewerClient> open = new ArrayList<>();
            for (String view : views) {
                IntFunction<String> account = switch (view) {
                    case "work-queue" -> i -> data.reviewers().get(i % data.reviewers().size());
                    case "applications" -> i -> APPLICANT;
                    case "marketplace" -> i -> data.funderUser();
                    default -> finance::get;
                };
                open.addAll(measure(app, http, account, VIEWS.get(view)[0], VIEWS.get(view)[1], sessions, report));
            }
            String dump = System.getProperty("benchmark.heapDump", "");
            if (!dump.isBlank()) {
                app.heapDump(Path.of(dump));
                System.out.println("Heap dump with " + open.size() + " sessions open (" + views + "): " + dump);
            }
        }
    }

    private static List<ReviewerClient> measure(ProductionJar app, HttpClient http, IntFunction<String> account, String route,
                                                String gridId, int sessions, StringBuilder report) throws Exception {
        // warm-up: classes, caches and query plans do not count as session memory (accounts after the measured ones)
        for (int i = 0; i < 5; i++) {
            open(http, app, account.apply(sessions + i), route, gridId);
        }
        String load = BenchmarkMain.loadAverage();
        long before = app.liveHeapBytes();
        Map<String, Long> histogramBefore = app.histogram();
        List<ReviewerClient> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            open.add(open(http, app, account.apply(i), route, gridId));
        }
        long after = app.liveHeapBytes();
        Map<String, Long> histogramAfter = app.histogram();
        line(report, ("\nView /%s: %d sessions, each with the view open; live heap after a full GC %.1f MB before, "
                + "%.1f MB after: %.1f KB per session (load before: %s)").formatted(route, sessions, before / 1e6,
                after / 1e6, (after - before) / 1024.0 / sessions, load));
        System.out.println("/" + route + ": bytes per session by class (largest 15):");
        histogramAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - histogramBefore.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %,10d  %s%n", e.getValue() / sessions, e.getKey()));
        return open;
    }

    private static ReviewerClient open(HttpClient http, ProductionJar app, String email, String route, String gridId) throws Exception {
        ReviewerClient client = new ReviewerClient(http, app.base());
        for (int attempt = 1; ; attempt++) {
            try {
                client.login(email, DataGenerator.PASSWORD);
                break;
            } catch (IllegalStateException refused) {
                // on a busy machine the code of the step before can expire between computing it and the server's check:
                // sign in again with the next code, as a person does (the session of the refused attempt holds no view)
                if (attempt == 3 || !String.valueOf(refused.getMessage()).contains("second factor")) {
                    throw refused;
                }
                System.out.println(refused.getMessage() + "; once more with the next code");
                client = new ReviewerClient(http, app.base());
            }
        }
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

    /**
     * Finance accounts of the first decision maker's authority, with the generated staff's password and authenticator,
     * and the payments of its grants as finance sees them on {@code /payments} (the generator makes none): one
     * scheduled payment per granted year, due within the coming four weeks (the view's default filter).
     */
    private static List<String> addFinance(String jdbcUrl, String user, String password, String decisionMaker, int accounts)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into app_user (email, display_name, password_hash, role, authority_id, email_confirmed, totp_secret,
                                          totp_since, totp_last_step)
                    select 'finance-' || g || '@benchmark.test', 'Financiën ' || g, u.password_hash, 'FINANCE', u.authority_id, true,
                           u.totp_secret, u.totp_since, 0
                    from app_user u, generate_series(0, ? - 1) g where u.email = ?
                    on conflict do nothing""")) {
                insert.setInt(1, accounts);
                insert.setString(2, decisionMaker);
                insert.executeUpdate();
            }
            try (PreparedStatement payments = connection.prepareStatement("""
                    insert into payment_instruction (authority_id, application_id, decision_id, position, call_id, year, amount,
                                                     due_on, iban, account_holder, reference, status, created_at)
                    select d.authority_id, d.application_id, d.id, cast(row_number() over (partition by d.id order by da.year) as integer),
                           a.call_id, da.year, da.amount, current_date + cast(d.id % 28 as integer), o.iban, o.account_holder,
                           'BM-' || d.id || '-' || da.year, 'SCHEDULED', now()
                    from decision d join decision_amount da on da.decision_id = d.id
                         join grant_application a on a.id = d.application_id join organisation o on o.id = a.organisation_id
                    where da.amount > 0 and not exists (select 1 from payment_instruction p where p.decision_id = d.id)""")) {
                int made = payments.executeUpdate();
                try (PreparedStatement count = connection.prepareStatement("""
                        select count(*) from payment_instruction
                        where authority_id = (select authority_id from app_user where email = ?)""")) {
                    count.setString(1, decisionMaker);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        System.out.println(made + " payments scheduled; finance of the first authority sees " + rows.getLong(1));
                    }
                }
            }
        }
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            emails.add("finance-" + i + "@benchmark.test");
        }
        return emails;
    }
}
