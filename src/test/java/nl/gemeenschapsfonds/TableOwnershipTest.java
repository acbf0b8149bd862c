package nl.gemeenschapsfonds;

import nl.gemeenschapsfonds.SqlTouches.Touch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One owner per table (issue 19, docs/adr/0023-module-ownership.md): every table the migrations create
 * belongs to one module; only that module's SQL, JPQL, entity mappings and repositories touch it. Others
 * read it through the owner's public API (at its package root) or its events. The module check
 * (ModularityTest) cannot see SQL, so this test reads it.
 *
 * <p>What still reads across is listed in {@link #EXCEPTIONS}, with who removes it and why it is there.
 * The list only shrinks: an exception that is no longer needed fails this test too.
 */
class TableOwnershipTest {

    /**
     * Who owns each table. Where an entity maps the table, its module is the owner (checked below); the
     * others follow the module whose code creates and writes the rows.
     */
    static final Map<String, String> OWNER = Map.ofEntries(
            // security: accounts and sign-in
            entry("app_user", "security"),
            entry("login_failure", "security"),
            entry("account_token", "security"),
            entry("recovery_code", "security"),
            entry("oidc_link", "security"),
            entry("request_throttle", "security"),
            // base: shared reference data and plumbing
            entry("municipality", "base"),
            entry("mail_outbox", "base"),
            entry("mail_outbox_attachment", "base"),
            entry("shedlock", "base"),
            // audit
            entry("audit_entry", "audit"),
            // organisation: applicant organisations and funders, and their invitations
            entry("organisation", "organisation"),
            entry("funder", "organisation"),
            entry("email_token", "organisation"),
            // fund: the authorities and their funds, calls and call terms (fund.Funds is the door)
            entry("authority", "fund"),
            entry("fund", "fund"),
            entry("grant_call", "fund"),
            entry("grant_call_facility_type", "fund"),
            entry("grant_call_criterion", "fund"),
            entry("call_amendment", "fund"),
            entry("call_question_set", "fund"), // issue 21: a call's own questions and eligibility check (ADR 0026)
            // budget: the ledger
            entry("fund_year_budget", "budget"),
            entry("call_year_budget", "budget"),
            entry("budget_movement", "budget"),
            // submission: applications and what they contain
            entry("grant_application", "submission"),
            entry("cost_line", "submission"),
            entry("financing_line", "submission"),
            entry("cofinancing_sought", "submission"),
            entry("attachment", "submission"),
            entry("application_answers", "submission"), // issue 21: answers to the call's questions (ADR 0026)
            entry("application_authority", "submission"), // a view: see PUBLISHED_READ_MODELS
            entry("work_queue_row", "submission"), // side19 (issue 19): a view, see PUBLISHED_READ_MODELS
            // review: intake, assessment, decision, objection
            entry("supplement_request", "review"),
            entry("deadline_extension", "review"),
            entry("assessment", "review"),
            entry("assessment_score", "review"),
            entry("assessment_proposed_amount", "review"),
            entry("internal_note", "review"),
            entry("decision", "review"),
            entry("decision_amount", "review"),
            entry("advance_payment", "review"),
            entry("objection", "review"),
            entry("review_call_setting", "review"),
            entry("review_assignment", "review"),
            entry("review_conflict", "review"),
            entry("review_lead", "review"),
            // cofinancing: pledges and the conditions on them
            entry("pledge", "cofinancing"),
            entry("cofinancing_condition", "cofinancing"),
            entry("cofinancing_condition_open", "cofinancing"), // V79, the integrator (session 5): published read model
            // payment
            entry("payment_batch", "payment"),
            entry("payment_instruction", "payment"),
            // report: reports and settlement
            entry("report_obligation", "report"),
            entry("report_spent", "report"),
            entry("report_attachment", "report"),
            entry("report_pledge_receipt", "report"),
            entry("settlement", "report"),
            entry("settlement_reduction", "report"),
            entry("repayment_claim", "report"),
            entry("settlement_year", "report"), // m22b (issue 22, ADR 0029): what a settlement set per budget year
            // register: the public grant register's own projection
            entry("register_grant", "register"),
            entry("register_grant_year", "register"),
            entry("register_grant_cofinancing", "register"),
            entry("register_call_threshold", "register"),
            entry("register_hold_back", "register"),
            entry("register_funder_identifier", "register"),
            // mailbox: each user's optional mail topics and the secret of the switch-off links (issue 17, p17b)
            entry("mail_preference", "mailbox"),
            entry("mail_link_secret", "mailbox"),
            // privacy: requests to close an account (issue 17, p17b)
            entry("erasure_request", "privacy"),
            // records: retention and destruction (issue 17, ADR 0024)
            entry("retention_rule", "records"),
            entry("retention_case", "records"),
            entry("destruction_list", "records"),
            entry("destruction_list_item", "records"),
            // views20 (issue 20): the columns each user chose in the applicant's, finance's and funders' lists; since
            // tidy19 (V75) the work queue's too (its own work_queue_preference, keyed by e-mail, is dropped)
            entry("view_preference", "security"),
            // coapp21 (issue 21.5, ADR 0030): an application's partner organisations
            entry("co_applicant", "submission"),
            // memviews (issue 20 item 3): views, see PUBLISHED_READ_MODELS
            entry("application_seeking_cofinancing", "submission"),
            entry("application_cofinancing_sought", "submission"));

    /**
     * Views (and reference data) a module publishes for the others to join in their SQL or JPQL list queries:
     * reading them is no side door. Each is listed with why a view (and not a Java API) is the right door.
     */
    static final Map<String, String> PUBLISHED_READ_MODELS = Map.of(
            "cofinancing_condition_open", "the co-financing conditions not yet fulfilled, with their date (V79): review's "
                    + "work-queue page marks a running grant whose date has passed in the page's one statement, which a "
                    + "batch read by id can only do in a second statement",
            "work_queue_row", "the list columns of a submitted application with its authority, call titles and "
                    + "organisation name (V70): review's work queue filters, sorts and keyset-pages them in one statement "
                    + "per page, which batch reads by id cannot; its deadline reminders and ranking read the same rows",
            "municipality", "the shared kernel's reference data (CBS codes and names, V2), shipped as a migration and "
                    + "never written by code: joining it for a name is reading a constant (base.Municipalities for Java)",
            "application_authority", "the authority scope of a submitted application (V44): list queries of other "
                    + "modules filter by authority in the database, with keyset paging, which a Java call per row cannot",
            // memviews (issue 20 item 3): the marketplace's page in one statement
            "application_seeking_cofinancing", "the applications that seek co-financing with their list columns (V81): "
                    + "cofinancing's marketplace filters and pages them in the database with the pledges, which a Java "
                    + "call per application cannot (it read every project for each page)",
            "application_cofinancing_sought", "what an application seeks per year (V81): the marketplace's filter "
                    + "'amount still missing' subtracts the confirmed pledges per year in the page's one statement");

    /** A file that may still touch tables of another module: who removes it, and why it is there until then. */
    record Exception(String file, Set<String> tables, String remover, String reason) {
    }

    static Exception allow(String file, String remover, String reason, String... tables) {
        return new Exception(file, Set.of(tables), remover, reason);
    }

    /*
     * What still reads across, each for a lasting reason written next to it (side19, 2026-12-05: the last side doors,
     * review's, are closed; see docs/adr/0023-module-ownership.md). The list only shrinks.
     */
    static final List<Exception> EXCEPTIONS = List.of(
            // demo: a fixture, no capability
            allow("demo/DemoDataLoader", "none (demo fixture)", "the demo data is seeded in SQL into every module's tables, "
                            + "with fixed ids and states no service would produce in one step; it is no capability and runs "
                            + "only on an empty database with app.demo-data on",
                    "app_user", "assessment", "assessment_proposed_amount", "assessment_score", "authority",
                    "cofinancing_sought", "cost_line", "financing_line", "funder", "grant_application", "organisation", "pledge",
                    "co_applicant" /* coapp21: the demo's partner organisation */),
            allow("demo/DemoAftercare", "none (demo fixture)", "looks up the demo fund, call, organisation and grant line it "
                    + "seeded, to add the later demo cases", "authority", "financing_line", "fund", "grant_call", "organisation"),
            // security: may not use a feature (ModularityTest), so it reads and creates the authority row itself
            allow("security/BootstrapAdmin", "none (security may not use a feature)", "creates the first authority "
                    + "of a new installation with its first administrator", "authority"),
            allow("security/OidcAccounts", "none (security may not use a feature)", "the authority of an OIDC "
                    + "registration, by its code, for a staff member signing in the first time", "authority"));

    /** Views and database functions that read tables of more than one module, and why. */
    static final Map<String, String> CROSS_MODULE_DATABASE_OBJECTS = Map.of(
            "work_queue_row", "submission's published list view (V70, V78): the one place the join application → call → "
                    + "fund → authority is written (application_authority is its projection); it adds fund's call titles "
                    + "and organisation's legal name, the names a work-queue page shows on every row, in the page's one "
                    + "statement; of fund's tables it reads only those and the ids other modules hold anyway",
            "refuse_approval_by_decider", "four eyes held by the database (V37, issue 15): payment_instruction's trigger "
                    + "reads review's decision.decided_by, so whoever decided a grant never approves its payments, "
                    + "whatever code writes the row");

    private static final Map<String, String> SOURCES = SqlTouches.sources();
    private static final Set<String> TABLES = union(SqlTouches.tables(), SqlTouches.views());
    private static final Set<Touch> TOUCHES = SqlTouches.touches(SOURCES, TABLES);

    @Test
    void every_table_and_view_of_the_migrations_has_one_owner() {
        assertThat(OWNER.keySet()).as("tables and views in OWNER = those the migrations create")
                .containsExactlyInAnyOrderElementsOf(TABLES);
        assertThat(TABLES).containsAll(PUBLISHED_READ_MODELS.keySet());
    }

    @Test
    void an_entity_lives_in_the_module_that_owns_its_table() {
        Map<String, String> wrong = new TreeMap<>();
        Map<String, String> entityTables = SqlTouches.entityTables(SOURCES);
        assertThat(entityTables).as("the reader finds the entities").containsEntry("GrantApplication", "grant_application");
        TOUCHES.stream()
                .filter(touch -> entityTables.containsValue(touch.table()))
                .filter(touch -> SOURCES.get(touch.file()).contains("@Entity"))
                .filter(touch -> !OWNER.get(touch.table()).equals(touch.module()))
                .forEach(touch -> wrong.put(touch.file(), touch.table()));
        assertThat(wrong).as("entities mapping a table their module does not own").isEmpty();
    }

    @Test
    void a_module_touches_only_its_own_tables_in_sql_jpql_mappings_and_repositories() {
        Set<Touch> allowed = allowedTouches();
        Set<Touch> sideDoors = crossModuleTouches().stream().filter(touch -> !allowed.contains(touch))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sideDoors).as("""
                        SQL, JPQL, mappings or repositories that touch another module's table. Ask the owner's public API \
                        or listen to its events (docs/adr/0023-module-ownership.md); as a last resort list it in EXCEPTIONS \
                        with a reason:
                        %s""", describe(sideDoors))
                .isEmpty();
    }

    @Test
    void every_exception_is_still_needed_so_the_list_only_shrinks() {
        Set<Touch> needed = crossModuleTouches();
        Set<Touch> stale = allowedTouches().stream().filter(touch -> !needed.contains(touch))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(stale).as("exceptions no longer needed: remove them from EXCEPTIONS").isEmpty();
    }

    @Test
    void every_exception_names_a_file_a_foreign_table_who_removes_it_and_why() {
        assertThat(EXCEPTIONS).allSatisfy(exception -> {
            assertThat(SOURCES).containsKey(exception.file());
            assertThat(exception.reason()).isNotBlank();
            assertThat(exception.remover()).isNotBlank();
            assertThat(exception.tables()).allSatisfy(table -> assertThat(OWNER).containsKey(table));
        });
        assertThat(EXCEPTIONS.stream().map(Exception::file)).doesNotHaveDuplicates();
    }

    @Test
    void database_views_and_functions_that_read_across_modules_are_listed_with_a_reason() {
        Map<String, Set<String>> across = new TreeMap<>();
        SqlTouches.databaseObjects(TABLES).forEach((name, tables) -> {
            if (tables.stream().map(OWNER::get).distinct().count() > 1) {
                across.put(name, tables);
            }
        });
        assertThat(across.keySet()).as("cross-module views and functions: %s", across)
                .containsExactlyInAnyOrderElementsOf(CROSS_MODULE_DATABASE_OBJECTS.keySet());
    }

    @Test
    void the_reader_finds_tables_after_from_join_into_and_update_also_in_comma_lists_and_jpql() {
        assertThat(SqlTouches.namedTables("""
                select a.id from grant_application a, grant_call c join fund f on f.id = c.fund_id
                where exists (select 1 from decision d where d.application_id = a.id)"""))
                .containsExactly("grant_application", "grant_call", "fund", "decision");
        assertThat(SqlTouches.namedTables("insert into pledge (id) values (1)")).containsExactly("pledge");
        assertThat(SqlTouches.namedTables("update settlement set x = 1")).containsExactly("settlement");
        assertThat(SqlTouches.namedTables("select a from GrantApplication a, nl.gemeenschapsfonds.fund.GrantCall c"))
                .containsExactly("GrantApplication", "nl.gemeenschapsfonds.fund.GrantCall");
        assertThat(SqlTouches.statementStrings("""
                jdbc.sql("select x " + "from " + table + " join decision d") // from comment
                    .param("a;b"); String s = \"""
                    from pledge\""";"""))
                .containsExactly(" select x  from   join decision d a;b", " \n    from pledge");
    }

    private static Set<Touch> crossModuleTouches() {
        return TOUCHES.stream()
                .filter(touch -> OWNER.containsKey(touch.table()) && !OWNER.get(touch.table()).equals(touch.module()))
                .filter(touch -> !PUBLISHED_READ_MODELS.containsKey(touch.table()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Touch> allowedTouches() {
        Set<Touch> allowed = new TreeSet<>();
        EXCEPTIONS.forEach(exception -> exception.tables().forEach(table -> allowed.add(new Touch(exception.file(), table))));
        return allowed;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The side doors, one file a line, in the shape of an EXCEPTIONS entry. */
    private static String describe(Set<Touch> touches) {
        Map<String, Set<String>> byFile = new TreeMap<>();
        touches.forEach(touch -> byFile.computeIfAbsent(touch.file(), f -> new TreeSet<>()).add(touch.table()));
        return byFile.entrySet().stream()
                .map(e -> "allow(\"" + e.getKey() + "\", \"?\", \"?\", " + e.getValue().stream()
                        .map(t -> "\"" + t + "\" (" + OWNER.get(t) + ")").collect(Collectors.joining(", ")) + "),")
                .collect(Collectors.joining("\n"));
    }
}
