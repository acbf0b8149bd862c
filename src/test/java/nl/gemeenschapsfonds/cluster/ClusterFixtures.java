package nl.gemeenschapsfonds.cluster;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The test data, written with SQL into the cluster's database before the nodes start (the schema by the
 * application's own Flyway migrations): one municipality with a fund and a call whose 2027 ceiling fits exactly
 * {@value #FITS} grants of {@value #GRANT}; {@value #DECISIONS} applications awaiting a decision, assessed by the
 * reviewer, with their decision due within the week (so the deadline reminder has something to say); as many decision
 * makers (each signs in with a recovery code of their own: the second factor is required for staff in production);
 * applicants with a saved draft each; and report obligations due in 30 and 7 days and one term to add to a report
 * ending in 2 days (so the report reminders have three mails to send).
 */
final class ClusterFixtures {

    static final int DECISIONS = 40;
    static final int FITS = 10;
    static final BigDecimal GRANT = new BigDecimal("5000.00");
    static final BigDecimal CEILING = GRANT.multiply(BigDecimal.valueOf(FITS));
    static final int YEAR = 2027;
    static final String PASSWORD = "Cluster-test-2027!";
    static final int APPLICANTS = 12;
    static final int REVIEWERS = 2;
    static final int REPORT_REMINDERS = 3;
    static final int SUBMITTERS = 12;

    final JdbcTemplate jdbc;
    final List<String> reviewers = new ArrayList<>();
    final List<String> deciders = new ArrayList<>();
    final List<String> applicants = new ArrayList<>();
    final List<Long> awaiting = new ArrayList<>();
    final Map<String, String> draftTitleOf = new java.util.HashMap<>();
    final List<String> submitters = new ArrayList<>();
    final Map<String, Long> draftOf = new java.util.HashMap<>();
    long callId;
    long submissionCallId;

    ClusterFixtures(String jdbcUrl) {
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl, "postgres", "", true));
    }

    /** The application's migrations, as a node would run them (with one database role, as in the prod profile's default). */
    static void migrate(String jdbcUrl) {
        Flyway.configure().dataSource(jdbcUrl, "postgres", "").locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", "")).load().migrate();
    }

    /** The staff's one-time recovery code {@code n}: ten characters, as SecondFactors accepts them. */
    static String recoveryCode(String email, int n) {
        return ("rc" + Integer.toHexString(Math.abs(email.hashCode())) + "00000000").substring(0, 8) + "%02d".formatted(n);
    }

    void load() {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        long authority = jdbc.queryForObject("insert into authority (code, name, kind) values ('CLUSTER', 'Gemeente Clusterdam', 'MUNICIPALITY') returning id", Long.class);
        long fund = jdbc.queryForObject("insert into fund (authority_id, name) values (?, 'Gemeenschapsfonds Clusterdam') returning id", Long.class, authority);
        jdbc.update("insert into fund_year_budget (fund_id, year, authority_id, budget, reserved) values (?, ?, ?, 1000000.00, ?)",
                fund, YEAR, authority, CEILING);
        jdbc.update(movement(), fund, null, YEAR, "BUDGET", new BigDecimal("1000000.00"), null);
        callId = jdbc.queryForObject("""
                        insert into grant_call (fund_id, title_nl, title_en, status, open_date, close_date, allocation_method,
                            min_private_share, max_fund_share, published_at)
                        values (?, 'Ontmoetingsplekken Clusterdam 2027', 'Meeting places Clusterdam 2027', 'PUBLISHED', ?, ?, 'FIRST_COME',
                            0.0000, 0.5000, now()) returning id""",
                Long.class, fund, Date.valueOf(today.minusMonths(1)), Date.valueOf(today.plusMonths(6)));
        jdbc.update("insert into grant_call_facility_type (call_id, facility_type) values (?, 'COMMUNITY_CENTRE'), (?, 'VILLAGE_SHOP')", callId, callId);
        jdbc.update("insert into grant_call_criterion (call_id, position, name_nl, name_en, weight, max_score) values (?, 0, 'Bereik', 'Reach', 100, 10)", callId);
        jdbc.update("insert into call_year_budget (call_id, year, fund_id, authority_id, ceiling) values (?, ?, ?, ?, ?)",
                callId, YEAR, fund, authority, CEILING);
        jdbc.update(movement(), fund, callId, YEAR, "RESERVE", CEILING, null);

        for (int r = 1; r <= REVIEWERS; r++) {
            reviewers.add(staff("beoordelaar" + r + "@cluster.test", "Beoordelaar " + r, "REVIEWER", authority, hash, 4));
        }
        for (int d = 1; d <= DECISIONS; d++) {
            deciders.add(staff("budgethouder%02d@cluster.test".formatted(d), "Budgethouder " + d, "DECISION_MAKER", authority, hash, 2));
        }
        long organisation = organisation("Vereniging Clusterhuis");
        Instant submitted = Instant.now().minusSeconds(30L * 24 * 3600);
        for (int i = 1; i <= DECISIONS; i++) {
            long id = application(organisation, "GF-2027-9%05d".formatted(i), "Ontmoeting in het clusterhuis " + i, "AWAITING_DECISION",
                    submitted, today.plusDays(3), "aanvrager01@cluster.test");
            awaiting.add(id);
            long assessment = jdbc.queryForObject("""
                            insert into assessment (application_id, reviewer, no_conflict_declared, recommendation, motivation, weighted_score,
                                                    completed_at)
                            values (?, ?, true, 'GRANT', 'Voldoet aan de regeling.', 80, ?) returning id""",
                    Long.class, id, reviewers.getFirst(), Timestamp.from(submitted.plusSeconds(3600)));
            jdbc.update("insert into assessment_score (assessment_id, position, score, comment) values (?, 0, 8, null)", assessment);
            jdbc.update("insert into assessment_proposed_amount (assessment_id, year, amount) values (?, ?, ?)", assessment, YEAR, GRANT);
        }
        for (int a = 1; a <= APPLICANTS; a++) {
            long own = organisation("Dorpshuis Cluster " + a);
            String email = "aanvrager%02d@cluster.test".formatted(a);
            jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, email_confirmed) values (?, ?, ?, 'APPLICANT', ?, true)",
                    email, "Aanvrager " + a, hash, own);
            applicants.add(email);
            String title = "Concept buurtkamer " + a;
            application(own, null, title, "DRAFT", null, null, null);
            draftTitleOf.put(email, title);
        }
        // report obligations: one due in 30 days (30-day mail), one in 7 days (7-day mail), one whose term to add ends in 2 days
        long granted = application(organisation, "GF-2027-800001", "Verleende buurtkamer", "GRANTED", submitted, today.minusDays(5),
                "verslag@cluster.test");
        jdbc.update("insert into report_obligation (application_id, authority_id, organisation_id, kind, period_year, due_on, status) values (?, ?, ?, 'PROGRESS', 2027, ?, 'OPEN')",
                granted, authority, organisation, Date.valueOf(today.plusDays(30)));
        jdbc.update("insert into report_obligation (application_id, authority_id, organisation_id, kind, period_year, due_on, status) values (?, ?, ?, 'FINAL', null, ?, 'OPEN')",
                granted, authority, organisation, Date.valueOf(today.plusDays(7)));
        jdbc.update("insert into report_obligation (application_id, authority_id, organisation_id, kind, period_year, due_on, status, submitted_at, submitted_by, more_asked_text, more_due_on) values (?, ?, ?, 'PROGRESS', 2028, ?, 'MORE_ASKED', now(), 'verslag@cluster.test', 'Graag de bezoekersaantallen.', ?)",
                granted, authority, organisation, Date.valueOf(today.minusDays(10)), Date.valueOf(today.plusDays(2)));
        submissionCall(fund, authority, hash, today);
        jdbc.execute("analyze");
    }

    /**
     * A second call (its own ceiling: the first is used up by the decisions) with {@value #SUBMITTERS} applicants, each
     * of their own organisation with a complete profile and a complete draft with the required attachments: ready to
     * be submitted from step 7 of the wizard.
     */
    private void submissionCall(long fund, long authority, String hash, LocalDate today) {
        BigDecimal ceiling = new BigDecimal("500000.00");
        jdbc.update("update fund_year_budget set reserved = reserved + ? where fund_id = ? and year = ?", ceiling, fund, YEAR);
        submissionCallId = jdbc.queryForObject("""
                        insert into grant_call (fund_id, title_nl, title_en, status, open_date, close_date, allocation_method,
                            min_private_share, max_fund_share, published_at)
                        values (?, 'Buurtkamers Clusterdam 2027', 'Neighbourhood rooms Clusterdam 2027', 'PUBLISHED', ?, ?, 'FIRST_COME',
                            0.0000, 0.5000, now()) returning id""",
                Long.class, fund, Date.valueOf(today.minusMonths(1)), Date.valueOf(today.plusMonths(6)));
        jdbc.update("insert into grant_call_facility_type (call_id, facility_type) values (?, 'COMMUNITY_CENTRE')", submissionCallId);
        jdbc.update("insert into grant_call_criterion (call_id, position, name_nl, name_en, weight, max_score) values (?, 0, 'Bereik', 'Reach', 100, 10)",
                submissionCallId);
        jdbc.update("insert into call_year_budget (call_id, year, fund_id, authority_id, ceiling) values (?, ?, ?, ?, ?)",
                submissionCallId, YEAR, fund, authority, ceiling);
        jdbc.update(movement(), fund, submissionCallId, YEAR, "RESERVE", ceiling, null);
        byte[] pdf = "%PDF-1.4\n% cluster test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long call = callId;
        callId = submissionCallId;
        for (int s = 1; s <= SUBMITTERS; s++) {
            String email = "indiener%02d@cluster.test".formatted(s);
            long organisation = jdbc.queryForObject("""
                    insert into organisation (legal_name, legal_form, kvk_number, street, postcode, city, municipality_code, iban,
                        account_holder, phone)
                    values (?, 'VERENIGING', ?, 'Dorpsstraat 1', '1234 AB', 'Zwolle', 'GM0193', 'NL91ABNA0417164300', ?, '0381234567')
                    returning id""", Long.class, "Buurtvereniging Cluster " + s, "9%07d".formatted(s), "Buurtvereniging Cluster " + s);
            jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, email_confirmed) values (?, ?, ?, 'APPLICANT', ?, true)",
                    email, "Indiener " + s, hash, organisation);
            long id = application(organisation, null, "Buurtkamer om in te dienen " + s, "DRAFT", null, null, null);
            for (String kind : List.of("BUDGET", "STATUTES", "KVK_EXTRACT")) {
                jdbc.update("""
                        insert into attachment (storage_key, application_id, kind, file_name, content_type, size_bytes, sha256, content,
                            uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, now())""",
                        java.util.UUID.randomUUID(), id, kind, kind.toLowerCase() + ".pdf", pdf.length, sha256(pdf), pdf, email);
            }
            submitters.add(email);
            draftOf.put(email, id);
        }
        callId = call;
    }

    private String staff(String email, String name, String role, long authority, String hash, int codes) {
        long id = jdbc.queryForObject("""
                        insert into app_user (email, display_name, password_hash, role, authority_id, email_confirmed, totp_secret, totp_since)
                        values (?, ?, ?, ?, ?, true, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', now()) returning id""",
                Long.class, email, name, hash, role, authority);
        for (int n = 1; n <= codes; n++) {
            jdbc.update("insert into recovery_code (user_id, code_hash) values (?, ?)", id, sha256(recoveryCode(email, n)));
        }
        return email;
    }

    private long organisation(String name) {
        return jdbc.queryForObject("""
                insert into organisation (legal_name, legal_form, street, postcode, city, municipality_code, iban, account_holder)
                values (?, 'VERENIGING', 'Dorpsstraat 1', '1234 AB', 'Zwolle', 'GM0193', 'NL91ABNA0417164300', ?) returning id""",
                Long.class, name, name);
    }

    private long application(long organisation, String reference, String title, String status, Instant submitted, LocalDate due,
                             String submittedBy) {
        long id = jdbc.queryForObject("""
                        insert into grant_application (reference, organisation_id, call_id, title, status, amount_requested,
                            submitted_at, decision_due, facility_type, facility_name, facility_street,
                            facility_postcode, facility_city, facility_municipality_code, kind_of_work, description,
                            target_groups, expected_visitors_per_week, activities, start_date, end_date, submitted_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'COMMUNITY_CENTRE', 'Clusterhuis', 'Dorpsstraat 2', '1234 AB', 'Zwolle', 'GM0193',
                            'KEEP_OPEN', 'Een plek waar mensen elkaar ontmoeten.', 'Ouderen', 40, 'Koffie en maaltijden', ?, ?, ?)
                        returning id""",
                Long.class, reference, organisation, callId, title, status, GRANT,
                submitted == null ? null : Timestamp.from(submitted), due == null ? null : Date.valueOf(due),
                Date.valueOf(LocalDate.of(YEAR, 1, 1)), Date.valueOf(LocalDate.of(YEAR, 12, 31)), submittedBy);
        BigDecimal cost = GRANT.multiply(BigDecimal.TWO);
        jdbc.update("insert into cost_line (application_id, position, category, year, description, amount) values (?, 0, 'OPERATING', ?, 'Exploitatie', ?)",
                id, YEAR, cost);
        jdbc.update("insert into financing_line (application_id, position, source, year, description, amount) values (?, 0, 'GRANT', ?, 'Fonds', ?)",
                id, YEAR, GRANT);
        jdbc.update("insert into financing_line (application_id, position, source, year, description, amount) values (?, 1, 'OWN_FUNDS', ?, 'Eigen middelen', ?)",
                id, YEAR, cost.subtract(GRANT));
        return id;
    }

    private static String movement() {
        return "insert into budget_movement (fund_id, call_id, year, kind, amount, application_id, actor, occurred_at, reason) "
                + "values (?, ?, ?, ?, ?, ?, 'cluster-test', now(), 'cluster test')";
    }

    private static String sha256(String value) {
        return sha256(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
