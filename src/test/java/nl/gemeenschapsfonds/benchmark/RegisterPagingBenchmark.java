package nl.gemeenschapsfonds.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.gemeenschapsfonds.Application;
import nl.gemeenschapsfonds.register.GrantRegister;
import nl.gemeenschapsfonds.register.RegisterFilter;
import nl.gemeenschapsfonds.register.RegisterPage;
import nl.gemeenschapsfonds.register.RegisterSort;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark 7: the public grant register's pages at 100,000 listed grants, read by keyset, against reading the same
 * pages by OFFSET with a count of all rows (what a paged grid with a page count would do). The register's read
 * model is filled with synthetic rows by one set-based statement; its foreign keys are dropped in this throwaway
 * database first, because the page queries read the register's own tables only. Run:
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.main=nl.gemeenschapsfonds.benchmark.RegisterPagingBenchmark}
 * ({@code -Dbenchmark.grants=N} for another volume). Figures in docs/performance.md, section 7.
 */
public final class RegisterPagingBenchmark {

    private static final int PAGE = 50;
    private static final int RUNS = 20;

    private RegisterPagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int grants = Integer.getInteger("benchmark.grants", 100_000);
        try (EmbeddedPostgres postgres = BenchmarkMain.embeddedPostgres()) {
            List<String> properties = BenchmarkMain.inProcessProperties(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            try (ConfigurableApplicationContext context = new SpringApplication(Application.class).run(properties.toArray(String[]::new))) {
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                fill(jdbc, grants);
                GrantRegister register = context.getBean(GrantRegister.class);
                StringBuilder report = new StringBuilder();
                BenchmarkMain.line(report, "Machine: %d cores, load average %s; %,d grants listed".formatted(
                        Runtime.getRuntime().availableProcessors(), BenchmarkMain.loadAverage(), grants));
                for (RegisterSort sort : RegisterSort.values()) {
                    measure(report, register, RegisterFilter.ALL, sort, grants);
                }
                measure(report, register, new RegisterFilter("BM-1", null, 2026, null, null), RegisterSort.NEWEST, grants / 5);
                offset(report, jdbc, grants);
                long started = System.nanoTime();
                List<?> totals = register.totals(RegisterFilter.ALL);
                BenchmarkMain.line(report, "totals per call and year (%d rows) over all grants: %.1f ms".formatted(totals.size(),
                        (System.nanoTime() - started) / 1e6));
            }
        }
    }

    /** Pages from the first to the last by keyset: the time of the first, the median and the last page. */
    private static void measure(StringBuilder report, GrantRegister register, RegisterFilter filter, RegisterSort sort, int expected) {
        for (int warm = 0; warm < 3; warm++) {
            register.page(filter, sort, null, PAGE);
        }
        List<Double> times = new ArrayList<>();
        String cursor = null;
        int rows = 0;
        int pages = 0;
        double first = 0;
        double last = 0;
        do {
            long started = System.nanoTime();
            RegisterPage page = register.page(filter, sort, cursor, PAGE);
            double took = (System.nanoTime() - started) / 1e6;
            if (pages == 0) {
                first = took;
            }
            last = took;
            times.add(took);
            rows += page.items().size();
            pages++;
            cursor = page.next();
        } while (cursor != null);
        Collections.sort(times);
        BenchmarkMain.line(report, "keyset %-9s %-40s %,6d pages, %,7d rows: first %.1f ms, median %.1f ms, p95 %.1f ms, last %.1f ms"
                .formatted(sort, filter.equals(RegisterFilter.ALL) ? "(no filter)" : "(authority BM-1, year 2026)", pages, rows,
                        first, times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), last));
    }

    /** The same page at the end by OFFSET, with a count of all rows, as a paged grid with a page count would read it. */
    private static void offset(StringBuilder report, JdbcTemplate jdbc, int grants) {
        for (int offset : new int[]{0, grants / 2, grants - PAGE}) {
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                jdbc.queryForObject("select count(*) from register_grant g left join register_call_threshold t on t.call_id = g.call_id "
                        + "where not exists (select 1 from register_hold_back h where h.application_id = g.application_id) "
                        + "and g.granted_total >= coalesce(t.minimum_amount, 0)", Long.class);
                jdbc.queryForList("select g.* from register_grant g left join register_call_threshold t on t.call_id = g.call_id "
                        + "where not exists (select 1 from register_hold_back h where h.application_id = g.application_id) "
                        + "and g.granted_total >= coalesce(t.minimum_amount, 0) order by g.decision_date desc, g.application_id desc "
                        + "offset " + offset + " limit " + PAGE);
                times.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(times);
            BenchmarkMain.line(report, "offset+count at row %,7d: median %.1f ms".formatted(offset, times.get(RUNS / 2)));
        }
    }

    private static void fill(JdbcTemplate jdbc, int grants) {
        long started = System.nanoTime();
        for (String table : List.of("register_grant_year", "register_grant_cofinancing", "register_grant")) {
            for (String constraint : jdbc.queryForList("select conname from pg_constraint where conrelid = ?::regclass and contype = 'f'",
                    String.class, table)) {
                jdbc.execute("alter table " + table + " drop constraint " + constraint);
            }
        }
        jdbc.update("""
                insert into register_grant (application_id, decision_id, reference, authority_id, authority_code, authority_name, call_id,
                    call_title_nl, call_title_en, organisation_id, organisation_name, organisation_kvk, organisation_municipality_code,
                    title, description, facility_type, facility_municipality_code, kind, amount_requested, granted_total,
                    settled_amount, settled_on, decision_date, start_date, end_date, updated_at)
                select g, g, 'GF-BM-' || lpad(g::text, 7, '0'), 1 + g % 5, 'BM-' || (g % 5), 'Benchmarkgemeente ' || (g % 5),
                       1000 + g % 20, 'Ontmoetingsplekken ' || (2024 + g % 4), 'Meeting places ' || (2024 + g % 4), g % 5000,
                       'Vereniging ' || lpad((g % 5000)::text, 4, '0'), lpad((10000000 + g % 5000)::text, 8, '0'),
                       (select code from municipality order by code offset (g % 300) limit 1),
                       'Ontmoeting ' || g, 'Een plek waar mensen elkaar ontmoeten.',
                       (array['COMMUNITY_CENTRE', 'ASSOCIATION_BUILDING', 'VILLAGE_SHOP'])[1 + g % 3], null, 'GRANT',
                       2000 + (g % 97) * 500, 1000 + (g % 97) * 500, case when g % 4 = 0 then 1000 + (g % 97) * 400 end,
                       case when g % 4 = 0 then date '2027-06-01' end, date '2024-01-01' + (g % 1400), date '2024-01-01', date '2024-12-31', now()
                from generate_series(1, ?) g""", grants);
        jdbc.update("insert into register_grant_year (application_id, year, amount) select application_id, 2024 + application_id % 4, granted_total from register_grant");
        jdbc.execute("analyze");
        System.out.printf("Filled %,d register rows in %.1f s%n", grants, (System.nanoTime() - started) / 1e9);
    }
}
