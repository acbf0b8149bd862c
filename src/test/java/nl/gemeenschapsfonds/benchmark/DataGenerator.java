package nl.gemeenschapsfonds.benchmark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a database with realistic volumes for the benchmarks: several authorities, each with a fund
 * and a call per year over four years, organisations in real municipalities, funders, and applications
 * in all states with a balanced financing plan that meets the call's rules (the fund pays half, private
 * funders a fifth), the co-financing sought by half of them with pledges in every state of their life,
 * assessments (by the authority's reviewer), decisions (by its decision maker: four eyes) with their
 * amounts, and the ledger rows that go with them. Deterministic for a seed. Applications and their lines are
 * inserted in batches per chunk (ids drawn from the identity's sequence), everything else with one set-based
 * statement each; budgets and ceilings are sized to the generated grants (so they grow with the volume), and
 * balances are derived from the movements at the end, so every ceiling holds.
 */
public final class DataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
    static final int AUTHORITIES = 5;
    static final int FIRST_YEAR = 2024;
    static final int YEARS = 4;
    static final String PASSWORD = "benchmark-password";
    /**
     * The authenticator secret (base32) of every generated staff account: on the prod profile staff complete a second
     * factor after the password (issue 14), and the benchmark's clients play the authenticator app with this secret.
     */
    public static final String TOTP_SECRET = "BENCHMARKAUTHENTICATORSECRETGFBM";
    /**
     * Reviewers per authority who only sign in (the first one also assesses): a code is used once, so the sessions of
     * the memory benchmark each sign in as a reviewer of their own rather than waiting 30 seconds for the next code.
     * {@code -Dbenchmark.signInReviewers=N} makes more (the load test signs in 300 reviewers, each with an account of
     * its own: 60 per authority).
     */
    static final int SIGN_IN_REVIEWERS = Integer.getInteger("benchmark.signInReviewers", 24);
    static final int FUNDERS = 20;
    private static final int BATCH = 1000;
    private static final String[] STATES = {"DRAFT", "SUBMITTED", "SUPPLEMENT_REQUESTED", "IN_ASSESSMENT",
            "AWAITING_DECISION", "GRANTED", "REFUSED", "WITHDRAWN"};
    private static final int[] STATE_WEIGHTS = {10, 20, 5, 20, 15, 20, 7, 3};

    /** What was generated; {@code funderUser} signs in for the first funder. */
    public record Result(String tag, List<Long> authorityIds, List<Long> callIds, List<String> reviewers,
                         List<String> decisionMakers, String funderUser, int applications, Duration took) {
    }

    /**
     * The data an earlier run generated in this database ({@code -Dbenchmark.reuse=true}, with {@code benchmark.url} or
     * {@code benchmark.hold}'s database): the same authorities, calls and accounts, in the order {@link #generate} made
     * them, so that a changed query can be measured again on the same 1,000,000 rows without generating them again.
     */
    static Result existing(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String code = jdbc.queryForObject("select min(code) from authority where code like 'B%-%'", String.class);
        if (code == null) {
            throw new IllegalStateException("No generated data in this database: run once without -Dbenchmark.reuse");
        }
        String tag = code.substring(0, code.indexOf('-'));
        List<Long> authorities = jdbc.queryForList("select id from authority where code like ? order by id", Long.class, tag + "-%");
        List<Long> calls = jdbc.queryForList("""
                select c.id from grant_call c join fund f on f.id = c.fund_id where f.authority_id in (%s) order by c.id"""
                .formatted(String.join(",", authorities.stream().map(String::valueOf).toList())), Long.class);
        List<String> reviewers = jdbc.queryForList("""
                select email from app_user where email like ? order by (email !~ '^reviewer-[^-]+-[0-9]+@'), id""", String.class,
                "reviewer-" + tag + "-%"); // the authorities' assessing reviewers first, as generate() returns them
        List<String> deciders = jdbc.queryForList("select email from app_user where email like ? order by id", String.class,
                "decider-" + tag + "-%");
        int applications = jdbc.queryForObject("select count(*) from grant_application", Integer.class);
        return new Result(tag, authorities, calls, reviewers, deciders, "funder-" + tag + "@benchmark.test", applications,
                Duration.ZERO);
    }

    /** A staff account with its password and its authenticator set up, as after the first sign-in. */
    private static final String STAFF_USER = """
            insert into app_user (email, display_name, password_hash, role, authority_id, email_confirmed, totp_secret, totp_since,
                                  totp_last_step)
            values (?, ?, ?, ?, ?, true, ?, now(), 0)""";

    private final JdbcTemplate jdbc;
    private final Random random;
    private final String tag;

    public DataGenerator(DataSource dataSource, long seed) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.random = new Random(seed);
        this.tag = "B" + Long.toString(Math.abs(seed), 36) + Long.toString(System.nanoTime() % 100000, 36);
    }

    public Result generate(int applications) {
        Instant start = Instant.now();
        String passwordHash = new BCryptPasswordEncoder().encode(PASSWORD);
        List<String> municipalities = jdbc.queryForList("select code from municipality order by code", String.class);
        List<Long> authorities = new ArrayList<>();
        List<Long> calls = new ArrayList<>();
        List<Long> callFunds = new ArrayList<>();
        List<Integer> callYears = new ArrayList<>();
        List<Long> callAuthorities = new ArrayList<>();
        List<String> reviewers = new ArrayList<>();
        List<String> deciders = new ArrayList<>();
        for (int a = 0; a < AUTHORITIES; a++) {
            long authority = jdbc.queryForObject("insert into authority (code, name, kind) values (?, ?, 'MUNICIPALITY') returning id",
                    Long.class, tag + "-" + a, "Benchmarkgemeente " + tag + " " + a);
            authorities.add(authority);
            long fund = jdbc.queryForObject("insert into fund (authority_id, name) values (?, ?) returning id", Long.class,
                    authority, "Benchmarkfonds " + a);
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                long call = jdbc.queryForObject("""
                                insert into grant_call (fund_id, title_nl, title_en, status, open_date, close_date, allocation_method,
                                    min_private_share, max_fund_share, published_at)
                                values (?, ?, ?, 'PUBLISHED', ?, ?, 'FIRST_COME', 0.2000, 0.5000, now()) returning id""",
                        Long.class, fund, "Ontmoetingsplekken " + year, "Meeting places " + year,
                        Date.valueOf(LocalDate.of(year - 1, 9, 1)), Date.valueOf(LocalDate.of(year, 8, 31)));
                jdbc.update("insert into grant_call_facility_type (call_id, facility_type) values (?, 'COMMUNITY_CENTRE'), (?, 'VILLAGE_SHOP')",
                        call, call);
                jdbc.update("insert into grant_call_criterion (call_id, position, name_nl, name_en, weight, max_score) values (?, 0, 'Bereik', 'Reach', 100, 10)",
                        call);
                calls.add(call);
                callFunds.add(fund);
                callYears.add(year);
                callAuthorities.add(authority);
            }
            String reviewer = "reviewer-" + tag + "-" + a + "@benchmark.test";
            String decider = "decider-" + tag + "-" + a + "@benchmark.test";
            jdbc.update(STAFF_USER, reviewer, "Reviewer " + a, passwordHash, "REVIEWER", authority, TOTP_SECRET);
            jdbc.update(STAFF_USER, decider, "Decider " + a, passwordHash, "DECISION_MAKER", authority, TOTP_SECRET);
            reviewers.add(reviewer);
            deciders.add(decider);
        }
        int organisationCount = Math.max(10, applications / 20);
        List<Long> organisations = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int o = 0; o < organisationCount; o++) {
            rows.add(new Object[]{"Vereniging " + tag + " " + o, municipalities.get(random.nextInt(municipalities.size()))});
        }
        for (Object[] row : rows) {
            organisations.add(jdbc.queryForObject("""
                            insert into organisation (legal_name, legal_form, street, postcode, city, municipality_code, iban, account_holder)
                            values (?, 'VERENIGING', 'Dorpsstraat 1', '1234 AB', 'Dorp', ?, 'NL91ABNA0417164300', 'Vereniging') returning id""",
                    Long.class, row[0], row[1]));
        }
        long firstReference = jdbc.queryForObject("select nextval('grant_application_reference_seq')", Long.class);
        jdbc.execute("select setval('grant_application_reference_seq', " + (firstReference + applications + 1) + ")");
        Instant now = Instant.now();
        List<Object[]> applicationRows = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            int callIndex = random.nextInt(calls.size());
            String state = state();
            int year = callYears.get(callIndex);
            long cost = (100 + random.nextInt(1900)) * 100L;
            Instant submitted = state.equals("DRAFT") ? null : now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 400)));
            LocalDate due = submitted == null ? null : LocalDate.ofInstant(submitted, java.time.ZoneOffset.UTC).plusWeeks(8);
            applicationRows.add(new Object[]{
                    submitted == null ? null : "GF-%d-%06d".formatted(year, (firstReference + i) % 1_000_000),
                    organisations.get(random.nextInt(organisations.size())), calls.get(callIndex),
                    "Ontmoeting " + tag + " " + i, state, BigDecimal.valueOf(cost / 2), submitted == null ? null : Timestamp.from(submitted),
                    due == null ? null : Date.valueOf(due), Timestamp.from(submitted == null ? now : submitted),
                    random.nextBoolean() ? "COMMUNITY_CENTRE" : "VILLAGE_SHOP", "Voorziening " + i,
                    municipalities.get(random.nextInt(municipalities.size())), 10 + random.nextInt(300), year, cost,
                    random.nextBoolean()});
        }
        budgets(calls, callFunds, callYears, callAuthorities, applicationRows);
        insertApplications(applicationRows, calls, callFunds);
        String scope = " " + """
                a.call_id in (select c.id from grant_call c join fund f on f.id = c.fund_id join authority au on au.id = f.authority_id
                              where au.code like '%s')""".formatted(tag + "-%");
        String funderUser = coFinancing(scope, passwordHash);
        assessmentsAndDecisions(scope);
        // Derive the balances from the movements: committed per call-year and fund-year.
        jdbc.update("""
                update call_year_budget b set committed = s.total
                from (select call_id, year, sum(amount) as total from budget_movement where kind = 'COMMIT' group by call_id, year) s
                where b.call_id = s.call_id and b.year = s.year and b.authority_id in (select id from authority where code like ?)""",
                tag + "-%");
        jdbc.update("""
                update fund_year_budget b set committed = s.total
                from (select fund_id, year, sum(amount) as total from budget_movement where kind = 'COMMIT' group by fund_id, year) s
                where b.fund_id = s.fund_id and b.year = s.year and b.authority_id in (select id from authority where code like ?)""",
                tag + "-%");
        // after the assessments, which are made by the authority's one assessing reviewer
        for (int a = 0; a < AUTHORITIES; a++) {
            for (int r = 1; r <= SIGN_IN_REVIEWERS; r++) {
                String reviewer = "reviewer-" + tag + "-" + a + "-" + r + "@benchmark.test";
                jdbc.update(STAFF_USER, reviewer, "Reviewer " + a + "." + r, passwordHash, "REVIEWER", authorities.get(a), TOTP_SECRET);
                reviewers.add(reviewer);
            }
        }
        jdbc.execute("analyze");
        Duration took = Duration.between(start, Instant.now());
        log.info("Generated {} applications for {} authorities in {} ms", applications, AUTHORITIES, took.toMillis());
        return new Result(tag, authorities, calls, reviewers, deciders, funderUser, applications, took);
    }

    /**
     * The budget of each fund-year and the ceiling of each call-year, sized to what the generated grants will commit:
     * at least the fixed 500,000,000 of a small run, and a fifth more than the call-year's generated grants, rounded up
     * to a million, so that the database's ceiling constraint holds at any volume (it is never switched off).
     */
    private void budgets(List<Long> calls, List<Long> callFunds, List<Integer> callYears, List<Long> callAuthorities,
                         List<Object[]> rows) {
        java.util.Map<Long, BigDecimal> granted = new java.util.HashMap<>();
        for (Object[] row : rows) {
            if (row[4].equals("GRANTED")) {
                granted.merge((Long) row[2], BigDecimal.valueOf((Long) row[14]).divide(BigDecimal.TWO), BigDecimal::add);
            }
        }
        for (int i = 0; i < calls.size(); i++) {
            BigDecimal ceiling = ceilingFor(granted.getOrDefault(calls.get(i), BigDecimal.ZERO));
            BigDecimal budget = ceiling.multiply(BigDecimal.TWO);
            long fund = callFunds.get(i);
            int year = callYears.get(i);
            jdbc.update("insert into fund_year_budget (fund_id, year, authority_id, budget, reserved) values (?, ?, ?, ?, ?)",
                    fund, year, callAuthorities.get(i), budget, ceiling);
            jdbc.update(movement(), fund, null, year, "BUDGET", budget, null);
            jdbc.update("insert into call_year_budget (call_id, year, fund_id, authority_id, ceiling) values (?, ?, ?, ?, ?)",
                    calls.get(i), year, fund, callAuthorities.get(i), ceiling);
            jdbc.update(movement(), fund, calls.get(i), year, "RESERVE", ceiling, null);
        }
    }

    /** At least 500,000,000; else the grants plus a fifth, rounded up to a whole million. */
    static BigDecimal ceilingFor(BigDecimal granted) {
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        BigDecimal needed = granted.multiply(new BigDecimal("1.2")).divide(million, 0, java.math.RoundingMode.CEILING).multiply(million);
        return needed.max(new BigDecimal("500000000")).setScale(2);
    }

    private void insertApplications(List<Object[]> rows, List<Long> calls, List<Long> callFunds) {
        java.util.Map<Long, Long> fundOfCall = new java.util.HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            fundOfCall.put(calls.get(i), callFunds.get(i));
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            // the ids from the identity's own sequence, one statement per chunk; then the rows in one batch
            List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('grant_application', 'id')) from generate_series(1, ?)",
                    Long.class, chunk.size());
            List<Object[]> applications = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Object[] row = chunk.get(i);
                applications.add(new Object[]{ids.get(i), row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                        row[10], row[11], row[12], Date.valueOf(LocalDate.of((Integer) row[13], 1, 1)),
                        Date.valueOf(LocalDate.of((Integer) row[13], 12, 31)), row[15]});
            }
            jdbc.batchUpdate("""
                    insert into grant_application (id, reference, organisation_id, call_id, title, status, amount_requested,
                        submitted_at, decision_due, updated_at, facility_type, facility_name, facility_street,
                        facility_postcode, facility_city, facility_municipality_code, kind_of_work, description,
                        target_groups, expected_visitors_per_week, activities, start_date, end_date, submitted_by,
                        seeking_cofinancing)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Dorpsstraat 2', '1234 AB', 'Dorp', ?, 'KEEP_OPEN',
                        'Een plek waar mensen elkaar ontmoeten.', 'Ouderen', ?, 'Koffie en maaltijden', ?, ?, 'applicant@benchmark.test',
                        ?)""", applications);
            List<Object[]> costs = new ArrayList<>();
            List<Object[]> financing = new ArrayList<>();
            List<Object[]> commits = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Object[] row = chunk.get(i);
                long id = ids.get(i);
                int year = (Integer) row[13];
                BigDecimal cost = BigDecimal.valueOf((Long) row[14]);
                // the call's rules: the fund pays at most half, private funders at least a fifth
                BigDecimal grant = cost.divide(BigDecimal.TWO);
                BigDecimal privately = cost.multiply(new BigDecimal("0.20"));
                BigDecimal municipal = cost.multiply(new BigDecimal("0.10"));
                BigDecimal own = cost.subtract(grant).subtract(privately).subtract(municipal);
                costs.add(new Object[]{id, 0, "OPERATING", year, "Exploitatie", cost});
                financing.add(new Object[]{id, 0, "GRANT", year, "Fonds", grant});
                financing.add(new Object[]{id, 1, "PRIVATE_FUNDER", year, "Bedrijven en fondsen", privately});
                financing.add(new Object[]{id, 2, "MUNICIPALITY", year, "Gemeente", municipal});
                financing.add(new Object[]{id, 3, "OWN_FUNDS", year, "Eigen middelen", own});
                String state = (String) row[4];
                if (state.equals("GRANTED")) {
                    commits.add(new Object[]{fundOfCall.get((Long) row[2]), row[2], year, "COMMIT", grant, id});
                }
            }
            jdbc.batchUpdate("insert into cost_line (application_id, position, category, year, description, amount) values (?, ?, ?, ?, ?, ?)", costs);
            jdbc.batchUpdate("insert into financing_line (application_id, position, source, year, description, amount) values (?, ?, ?, ?, ?, ?)", financing);
            jdbc.batchUpdate(movement(), commits);
        }
    }

    /**
     * Funders (the first with a user, whose address is answered), the co-financing sought (the private part of
     * the plan), and pledges in every state of their life.
     */
    private String coFinancing(String scope, String passwordHash) {
        List<Long> funders = new ArrayList<>();
        for (int f = 0; f < FUNDERS; f++) {
            funders.add(jdbc.queryForObject("insert into funder (name, kind, contact_name, contact_email) values (?, ?, ?, ?) returning id",
                    Long.class, "Fonds " + tag + " " + f, f % 3 == 0 ? "COMPANY" : "FOUNDATION", "Contact " + f,
                    "contact-" + f + "@benchmark.test"));
        }
        String funderUser = "funder-" + tag + "@benchmark.test";
        jdbc.update("insert into app_user (email, display_name, password_hash, role, funder_id, email_confirmed) values (?, ?, ?, 'FUNDER', ?, true)",
                funderUser, "Financier " + tag, passwordHash, funders.getFirst());
        jdbc.update("""
                insert into cofinancing_sought (application_id, year, amount)
                select l.application_id, l.year, l.amount from financing_line l join grant_application a on a.id = l.application_id
                where l.source = 'PRIVATE_FUNDER' and a.seeking_cofinancing and """ + scope);
        // one pledge per application that seeks co-financing and was submitted, 60-100 % of what it seeks;
        // open applications: pledged or confirmed; granted ones: confirmed, received, or verified; some withdrawn
        jdbc.update("""
                insert into pledge (funder_id, application_id, year, amount, kind, status, confirmed_at, received_on, received_amount,
                                    receipt_confirmed_by_funder_at, verified_at, withdrawn_at, withdrawal_reason, created_at, updated_at)
                select fu.id, a.id, s.year, p.amount, 'CASH', p.status,
                       case when p.status in ('CONFIRMED', 'RECEIVED', 'VERIFIED') then a.submitted_at + interval '20 days' end,
                       case when p.status in ('RECEIVED', 'VERIFIED') then cast(a.submitted_at + interval '60 days' as date) end,
                       case when p.status in ('RECEIVED', 'VERIFIED') then p.amount end,
                       case when p.status in ('RECEIVED', 'VERIFIED') then a.submitted_at + interval '61 days' end,
                       case when p.status = 'VERIFIED' then a.submitted_at + interval '90 days' end,
                       case when p.status = 'WITHDRAWN' then a.submitted_at + interval '10 days' end,
                       case when p.status = 'WITHDRAWN' then 'Andere prioriteiten' end,
                       a.submitted_at + interval '5 days', a.submitted_at + interval '5 days'
                from grant_application a join cofinancing_sought s on s.application_id = a.id
                join (select id, row_number() over (order by id) - 1 as n from funder where name like ?) fu on fu.n = a.id % ?
                cross join lateral (select round(s.amount * (60 + a.id % 41) / 100, 2) as amount,
                       case when a.id % 10 = 0 then 'WITHDRAWN'
                            when a.status = 'GRANTED' then (array['CONFIRMED', 'RECEIVED', 'VERIFIED'])[1 + a.id % 3]
                            when a.id % 2 = 0 then 'CONFIRMED' else 'PLEDGED' end as status) p
                where a.status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'IN_ASSESSMENT', 'AWAITING_DECISION', 'GRANTED')
                  and s.amount > 0 and """ + scope, "Fonds " + tag + " %", FUNDERS);
        return funderUser;
    }

    /**
     * Assessments by the authority's reviewer (in progress while IN_ASSESSMENT, completed with a score and a
     * recommendation after that), and decisions by its decision maker, never the reviewer (four eyes), with the
     * granted amounts per year equal to what the ledger committed.
     */
    private void assessmentsAndDecisions(String scope) {
        String staffOf = """
                from grant_application a join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
                join app_user u on u.authority_id = f.authority_id and u.role = '%s'
                where a.status in (%s) and """;
        jdbc.update("""
                insert into assessment (application_id, reviewer, no_conflict_declared, recommendation, motivation, weighted_score,
                                        completed_at)
                select a.id, u.email, true,
                       case when a.status = 'IN_ASSESSMENT' then null when a.status = 'REFUSED' then 'REFUSE' else 'GRANT' end,
                       case when a.status = 'IN_ASSESSMENT' then null else 'Voldoet aan de regeling; bereik ' || (a.id % 11) || ' van 10.' end,
                       case when a.status = 'IN_ASSESSMENT' then null else (a.id % 11) * 10 end,
                       case when a.status = 'IN_ASSESSMENT' then null else a.submitted_at + interval '21 days' end
                """ + staffOf.formatted("REVIEWER", "'IN_ASSESSMENT', 'AWAITING_DECISION', 'GRANTED', 'REFUSED'") + scope);
        String completed = " and s.completed_at is not null and s.application_id in (select a.id from grant_application a where "
                + scope + ")";
        jdbc.update("insert into assessment_score (assessment_id, position, score, comment) "
                + "select s.id, 0, s.application_id % 11, null from assessment s where true" + completed);
        jdbc.update("""
                insert into assessment_proposed_amount (assessment_id, year, amount)
                select s.id, l.year, l.amount from assessment s join financing_line l on l.application_id = s.application_id
                where s.recommendation = 'GRANT' and l.source = 'GRANT'""" + completed);
        jdbc.update("""
                insert into decision (application_id, authority_id, kind, decided_by, decided_at, decision_date, refusal_ground,
                                      motivation, report_obligations, settlement_deadline, objection_deadline, letter_language)
                select a.id, f.authority_id, case when a.status = 'GRANTED' then 'GRANT' else 'REFUSE' end, u.email, a.submitted_at + interval '42 days',
                       cast(a.submitted_at + interval '42 days' as date),
                       case when a.status = 'REFUSED' then 'INSUFFICIENT_IMPACT' end, 'Gegenereerd besluit.',
                       case when a.status = 'GRANTED' then 'Een eindverslag binnen 13 weken na afloop.' end,
                       case when a.status = 'GRANTED' then a.end_date + 91 end,
                       cast(a.submitted_at + interval '84 days' as date), 'nl'
                """ + staffOf.formatted("DECISION_MAKER", "'GRANTED', 'REFUSED'") + scope);
        jdbc.update("""
                insert into decision_amount (decision_id, year, amount)
                select d.id, l.year, l.amount from decision d join financing_line l on l.application_id = d.application_id
                where d.kind = 'GRANT' and l.source = 'GRANT' and d.application_id in (select a.id from grant_application a where """
                + scope + ")");
    }

    /**
     * Adds {@code rows} movements to one call-year: pairs of a commitment and its release, so the
     * balance does not change. For the availability benchmark: "available" must stay one read.
     */
    public void fillLedger(long callId, int year, int rows) {
        long fund = jdbc.queryForObject("select fund_id from grant_call where id = ?", Long.class, callId);
        jdbc.update("""
                insert into budget_movement (fund_id, call_id, year, kind, amount, actor, occurred_at, reason)
                select ?, ?, ?, case when g % 2 = 0 then 'COMMIT' else 'RELEASE' end, 10.00, 'benchmark', now(), 'benchmark'
                from generate_series(1, ?) g""", fund, callId, year, rows - rows % 2);
        jdbc.execute("analyze budget_movement");
    }

    private String state() {
        int total = 0;
        for (int weight : STATE_WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < STATES.length; i++) {
            pick -= STATE_WEIGHTS[i];
            if (pick < 0) {
                return STATES[i];
            }
        }
        return STATES[0];
    }

    private static String movement() {
        return "insert into budget_movement (fund_id, call_id, year, kind, amount, application_id, actor, occurred_at, reason) "
                + "values (?, ?, ?, ?, ?, ?, 'generator', now(), 'generated')";
    }
}
