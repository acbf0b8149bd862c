package nl.gemeenschapsfonds.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import nl.gemeenschapsfonds.Application;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark harness: generates data (see {@link DataGenerator}), then measures the work-queue
 * page against the raw SQL for the same rows, budget availability with a million ledger rows, and
 * concurrent commitments against one ceiling, and prints the figures side by side. Run with
 * {@code ./mvnw -Pbenchmark verify} (see README, "Benchmarks"); {@code -Dbenchmark.applications=N}
 * sets the volume (default 100,000), {@code -Dbenchmark.url=jdbc:postgresql://…} a database of your own.
 */
public final class BenchmarkMain {

    private static final int PAGE = 50;
    private static final int RUNS = 30;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int applications = Integer.getInteger("benchmark.applications", 100_000);
        String url = System.getProperty("benchmark.url", "");
        StringBuilder report = new StringBuilder();
        line(report, "Machine: %d cores, %s; load average before: %s".formatted(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadAverage()));
        EmbeddedPostgres postgres = url.isBlank() ? embeddedPostgres() : null;
        String jdbcUrl = postgres != null ? postgres.getJdbcUrl("postgres", "postgres") : url;
        String user = postgres != null ? "postgres" : System.getProperty("benchmark.user", "postgres");
        String password = postgres != null ? "" : System.getProperty("benchmark.password", "");
        try {
            DataGenerator.Result data;
            List<String> properties = inProcessProperties(jdbcUrl, user, password);
            StatementCounter statements = new StatementCounter();
            SpringApplication application = new SpringApplication(Application.class);
            application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(statements));
            try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
                DataSource dataSource = context.getBean(DataSource.class);
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                DataGenerator generator = new DataGenerator(dataSource, 2027);
                data = generator.generate(applications);
                line(report, "Data: %,d applications, %d authorities, %d calls, generated in %.1f s".formatted(
                        applications, data.authorityIds().size(), data.callIds().size(), data.took().toMillis() / 1000.0));
                if (!Boolean.getBoolean("benchmark.skipInProcess")) {
                    signIn(context, data.reviewers().getFirst());
                    workQueue(context, jdbc, data, statements, report);
                    signIn(context, data.decisionMakers().getFirst());
                    availability(context, generator, data, report);
                    concurrentCommitments(context, jdbc, data, report);
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
            JarBenchmarks.run(jdbcUrl, user, password, data, report);
            if (Boolean.getBoolean("benchmark.hold")) { // keep the generated database for EXPLAIN, psql or another run
                line(report, "\nLoad average after: " + loadAverage());
                System.out.println("\n" + report + "\nThe database stays up at " + jdbcUrl + " (user " + user
                        + "); stop with Ctrl-C.");
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "benchmark-results.md"), report.toString());
                Thread.currentThread().join();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        line(report, "\nLoad average after: " + loadAverage());
        System.out.println("\n" + report);
        Path out = Path.of("target", "benchmark-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** A PostgreSQL of its own, shared by the in-process application and the production jar. */
    static EmbeddedPostgres embeddedPostgres() throws java.io.IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC");
        Integer port = Integer.getInteger("benchmark.pgPort");
        if (port != null) { // a port of one's own on a shared machine (the data lives under java.io.tmpdir)
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The in-process application on the given database: no demo data, no reminders, statistics on. */
    static List<String> inProcessProperties(String jdbcUrl, String user, String password) {
        return new ArrayList<>(List.of("--server.port=0",
                "--app.demo-data.enabled=false", "--spring.jpa.properties.hibernate.generate_statistics=true",
                "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
                "--app.reminders.cron=-", "--spring.datasource.hikari.maximum-pool-size=40",
                "--app.embedded-postgres.enabled=false", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--app.db.runtime-role=")); // one role: the generator bulk-loads and resets sequences as the owner
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "%.2f".formatted(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void workQueue(ConfigurableApplicationContext context, JdbcTemplate jdbc, DataGenerator.Result data,
                                  StatementCounter counter, StringBuilder report) {
        WorkQueueService queue = context.getBean(WorkQueueService.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        long authority = data.authorityIds().getFirst();
        long rows = jdbc.queryForObject("""
                select count(*) from grant_application a join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
                where f.authority_id = ? and a.status <> 'DRAFT'""", Long.class, authority);
        line(report, ("\n1. Work-queue page (%d rows, sorted by decision due date; %,d applications in this authority). The service "
                + "as the Grid calls it when scrolling on (continuing from the previous page's last row) against the raw SQL "
                + "for the same rows, measured alternately; OFFSET figures for a jump to that position.").formatted(PAGE, rows));
        line(report, "| position | service median | service p95 | raw SQL median | raw SQL p95 | ratio | statements per page (of which Hibernate) "
                + "| service with OFFSET (jump) | raw SQL with OFFSET |");
        line(report, "|---|---|---|---|---|---|---|---|---|");
        String select = """
                select a.id, a.reference, a.title, o.legal_name, c.title_nl, c.title_en, a.status, a.amount_requested,
                       a.submitted_at, a.decision_due, a.assigned_reviewer,
                       (select count(*) from review_assignment r where r.application_id = a.id)
                from grant_application a join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
                join organisation o on o.id = a.organisation_id
                where f.authority_id = ? and a.status <> 'DRAFT'""";
        Sort due = Sort.by("decisionDue");
        for (long offset : new long[]{0, rows / 10, rows / 2, Math.max(0, rows - PAGE)}) {
            int page = (int) (offset / PAGE);
            long position = (long) page * PAGE;
            PageRequest request = PageRequest.of(page, PAGE, due);
            WorkQueueItem after = position == 0 ? null
                    : queue.page(WorkQueueFilter.none(), PageRequest.of((int) position - 1, 1, due)).getContent().getFirst();
            queue.page(WorkQueueFilter.none(), request, after);
            statistics.clear();
            counter.reset();
            queue.page(WorkQueueFilter.none(), request, after);
            long statements = counter.count();
            long hibernateStatements = statistics.getPrepareStatementCount();
            Callable<Integer> service = () -> queue.page(WorkQueueFilter.none(), request, after).getContent().size();
            Callable<Integer> raw = after == null
                    ? () -> jdbc.queryForList(select + " order by a.decision_due asc nulls last, a.id asc limit ?", authority, PAGE + 1).size()
                    : () -> jdbc.queryForList(select + " and (a.decision_due, a.id) > (?, ?) order by a.decision_due asc, a.id asc limit ?",
                    authority, java.sql.Date.valueOf(after.decisionDue()), after.id(), PAGE + 1).size();
            double[][] pair = alternately(service, raw);
            double[] jump = time(() -> queue.page(WorkQueueFilter.none(), request).getContent().size());
            double[] rawOffset = time(() -> jdbc.queryForList(select + " order by a.decision_due asc nulls last, a.id asc offset ? limit ?",
                    authority, position, PAGE + 1).size());
            line(report, "| %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.1f× | %d (%d) | %.2f ms | %.2f ms |".formatted(position,
                    pair[0][0], pair[0][1], pair[1][0], pair[1][1], pair[0][0] / pair[1][0], statements, hibernateStatements,
                    jump[0], rawOffset[0]));
        }
        filterChange(queue, jdbc, authority, rows, select, report);
    }

    /**
     * A filter change while the reviewer is deep in the queue: the view forgets its keyset cursors (they belong to the
     * old filter), so the first page of the new filter at that position is read with OFFSET, unless the Grid goes back
     * to the top. Measured: "overdue" at half of the filtered rows (OFFSET, as the service reads it without a cursor),
     * against its first page and the raw SQL of both.
     */
    private static void filterChange(WorkQueueService queue, JdbcTemplate jdbc, long authority, long rows, String select,
                                     StringBuilder report) {
        WorkQueueFilter overdue = new WorkQueueFilter(null, null, null, null, true, false, false);
        String where = " and a.status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'IN_ASSESSMENT', 'AWAITING_DECISION')"
                + " and a.decision_due < current_date";
        long filtered = jdbc.queryForObject("select count(*) from (" + select + where + ") f", Long.class, authority);
        Sort due = Sort.by("decisionDue");
        long position = Math.max(0, Math.min(rows / 2, filtered - PAGE)) / PAGE * PAGE;
        double[][] deep = alternately(() -> queue.page(overdue, PageRequest.of((int) (position / PAGE), PAGE, due)).getContent().size(),
                () -> jdbc.queryForList(select + where + " order by a.decision_due asc nulls last, a.id asc offset ? limit ?",
                        authority, position, PAGE + 1).size());
        double[][] top = alternately(() -> queue.page(overdue, PageRequest.of(0, PAGE, due)).getContent().size(),
                () -> jdbc.queryForList(select + where + " order by a.decision_due asc nulls last, a.id asc limit ?",
                        authority, PAGE + 1).size());
        line(report, ("\nFilter change at a deep position: \"overdue\" (%,d of the %,d rows) while the Grid stands at %,d: service "
                + "%.2f ms (p95 %.2f), raw SQL with OFFSET %.2f ms (p95 %.2f); the filter's first page: service %.2f ms (p95 %.2f), "
                + "raw SQL %.2f ms (p95 %.2f)").formatted(filtered, rows, position, deep[0][0], deep[0][1], deep[1][0], deep[1][1],
                top[0][0], top[0][1], top[1][0], top[1][1]));
    }

    /** Median and p95 of two pieces of work measured in turns, so that a busy machine weighs on both alike. */
    static double[][] alternately(Callable<Integer> first, Callable<Integer> second) {
        try {
            for (int i = 0; i < 10; i++) {
                first.call();
                second.call();
            }
            int runs = RUNS * 2;
            double[] a = new double[runs];
            double[] b = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                first.call();
                a[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                second.call();
                b[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(a);
            java.util.Arrays.sort(b);
            return new double[][]{{a[runs / 2], a[(int) Math.ceil(runs * 0.95) - 1]}, {b[runs / 2], b[(int) Math.ceil(runs * 0.95) - 1]}};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void availability(ConfigurableApplicationContext context, DataGenerator generator, DataGenerator.Result data,
                                     StringBuilder report) {
        BudgetLedger ledger = context.getBean(BudgetLedger.class);
        long call = data.callIds().getFirst();
        int year = DataGenerator.FIRST_YEAR;
        long start = System.nanoTime();
        generator.fillLedger(call, year, 1_000_000);
        double fill = (System.nanoTime() - start) / 1e9;
        double[] read = time(() -> ledger.balance(call, year).orElseThrow().available().signum());
        line(report, "\n2. Budget availability of a call-year with 1,000,000 ledger rows (filled in %.1f s): median %.3f ms, p95 %.3f ms"
                .formatted(fill, read[0], read[1]));
    }

    private static void concurrentCommitments(ConfigurableApplicationContext context, JdbcTemplate jdbc, DataGenerator.Result data,
                                              StringBuilder report) throws Exception {
        BudgetLedger ledger = context.getBean(BudgetLedger.class);
        long call = data.callIds().get(1);
        int year = DataGenerator.FIRST_YEAR + 1;
        BigDecimal committed = jdbc.queryForObject("select committed from call_year_budget where call_id = ? and year = ?",
                BigDecimal.class, call, year);
        int fits = 2000;
        jdbc.update("update call_year_budget set ceiling = committed + ? where call_id = ? and year = ?", fits * 100, call, year);
        int threads = 16;
        int attempts = 4000;
        AtomicInteger granted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        UserDetails decider = context.getBean(UserDetailsService.class).loadUserByUsername(data.decisionMakers().getFirst());
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(decider, null, decider.getAuthorities()));
                go.await();
                while (next.getAndIncrement() < attempts) {
                    try {
                        ledger.commit(call, null, new TreeMap<>(Map.of(year, new BigDecimal("100.00"))), "benchmark");
                        granted.incrementAndGet();
                    } catch (BudgetRefusedException ceiling) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        var balance = jdbc.queryForMap("select ceiling, committed from call_year_budget where call_id = ? and year = ?", call, year);
        BigDecimal ceiling = (BigDecimal) balance.get("ceiling");
        BigDecimal after = (BigDecimal) balance.get("committed");
        line(report, ("\n3. Concurrent commitments: %d threads, %,d attempts of € 100 against room for %,d: %,d granted, %,d refused, "
                + "%.0f commitments/s; committed %s ≤ ceiling %s: %s (before: %s)").formatted(threads, attempts, fits,
                granted.get(), refused.get(), attempts / seconds, after.toPlainString(), ceiling.toPlainString(),
                after.compareTo(ceiling) <= 0 ? "yes" : "NO — OVER-COMMITTED", committed.toPlainString()));
    }

    private static void signIn(ConfigurableApplicationContext context, String email) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Median and p95 in milliseconds over {@value #RUNS} runs after 5 warm-up runs. */
    static double[] time(Callable<Integer> work) {
        try {
            for (int i = 0; i < 5; i++) {
                work.call();
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                work.call();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            return new double[]{millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void line(StringBuilder report, String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
