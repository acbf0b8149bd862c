package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.organisation.FunderKind;
import nl.gemeenschapsfonds.organisation.FunderRegistrationData;
import nl.gemeenschapsfonds.organisation.Funders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Loads the demo installation of the embedded default: the municipality of Zwolle with one fund
 * (budget 2027 and 2028), one open call, two applicant organisations, one funder, one user per
 * role (all with the password {@value #PASSWORD}), and a draft, a submitted (seeking co-financing)
 * and a granted application, and a funder registration waiting for the administrator. The fund, the call and the grant go through the real services, signed in as the
 * demo administrator and decision maker. Runs in one transaction and only once: when the demo
 * authority exists it adds nothing. Never active with the {@code prod} profile.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String AUTHORITY_CODE = "GM0193";
    static final String PASSWORD = "Welkom-demo-2027";
    static final String DOMAIN = "@gemeenschapsfonds.test";
    static final String PENDING_FUNDER_PASSWORD = "Salland-financiert-2027";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;
    private final DemoCall demoCall;
    private final BudgetLedger ledger;
    private final Funders funders;
    private final Clock clock;

    DemoDataLoader(JdbcClient jdbc, PasswordEncoder passwordEncoder, UserDetailsService userDetails, DemoCall demoCall,
                   BudgetLedger ledger, Funders funders, Clock clock) {
        this.demoCall = demoCall;
        this.funders = funders;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from authority where code = ?").param(AUTHORITY_CODE).query(Long.class).single() > 0) {
            log.info("Demo data present already; nothing added");
            return;
        }
        long authority = insert("insert into authority (code, name, kind, postal_address) values (?, ?, 'MUNICIPALITY', ?) returning id",
                AUTHORITY_CODE, "Gemeente Zwolle", "Postbus 10007\n8000 GA  Zwolle");
        long linde = insert("""
                insert into organisation (legal_name, kvk_number, legal_form, street, postcode, city, municipality_code,
                    iban, account_holder, phone)
                values ('Vereniging Dorpshuis De Linde', '40123456', 'VERENIGING', 'Lindelaan 12', '8011 AB', 'Zwolle',
                    'GM0193', 'NL91ABNA0417164300', 'Vereniging Dorpshuis De Linde', '038 123 4567') returning id""");
        long welsum = insert("""
                insert into organisation (legal_name, kvk_number, legal_form, street, postcode, city, municipality_code,
                    iban, account_holder, phone)
                values ('Dorpscoöperatie Welsum U.A.', '40765432', 'COOPERATIE', 'Dorpsstraat 3', '8196 KA', 'Welsum',
                    'GM0193', 'NL20INGB0001234567', 'Dorpscoöperatie Welsum U.A.', '0570 123 456') returning id""");
        long funder = insert("insert into funder (name, kind) values ('Stichting Samen Tegen Eenzaamheid', 'FOUNDATION') returning id");

        user("aanvrager", "Anna de Vries", "APPLICANT", null, linde, null);
        user("aanvrager.welsum", "Willem Bos", "APPLICANT", null, welsum, null);
        user("beoordelaar", "Bram Jansen", "REVIEWER", authority, null, null);
        user("budgethouder", "Dina Bakker", "DECISION_MAKER", authority, null, null);
        user("financien", "Fatima El Amrani", "FINANCE", authority, null, null);
        user("financier", "Frank Visser", "FUNDER", null, null, funder);
        user("beheerder", "Ans Mulder", "ADMIN", authority, null, null);

        LocalDate today = LocalDate.now(clock);
        long call = as("beheerder", () -> demoCall.open(today));

        Instant submitted = clock.instant().minus(3, ChronoUnit.DAYS);
        long submittedApplication = application(linde, call, "Nieuwe ontmoetingsruimte Dorpshuis De Linde", "SUBMITTED",
                "85000.00", submitted, today);
        insert("""
                insert into grant_application (organisation_id, call_id, title, status, amount_requested, updated_at)
                values (?, ?, ?, 'DRAFT', 40000.00, ?) returning id""",
                linde, call, "Verduurzaming dak en keuken", Timestamp.from(clock.instant()));
        jdbc.sql("insert into pledge (funder_id, application_id, year, amount, kind, status) values (?, ?, 2027, 25000.00, 'CASH', 'PLEDGED')")
                .params(funder, submittedApplication).update();

        long awaiting = application(welsum, call, "Ontmoetingskeuken in de dorpswinkel", "AWAITING_DECISION", "30000.00",
                clock.instant().minus(20, ChronoUnit.DAYS), today);
        content(awaiting, "aanvrager.welsum", "Dorpswinkel Welsum", "VILLAGE_SHOP", "8196 KA", "Welsum", "RENOVATION",
                "Een keuken achter de winkel waar dorpsgenoten samen koken en eten.", "Ouderen en alleenstaanden", 60,
                "Samen koken op woensdag, eettafel op vrijdag", "60000.00", "30000.00", "18000.00", "12000.00");
        long assessment = insert("""
                insert into assessment (application_id, reviewer, no_conflict_declared, recommendation, motivation, weighted_score, completed_at)
                values (?, ?, true, 'GRANT', 'Sterk plan met veel vrijwilligers; past goed in de regeling.', 82.00, ?) returning id""",
                awaiting, "beoordelaar" + DOMAIN, Timestamp.from(clock.instant().minus(2, ChronoUnit.DAYS)));
        jdbc.sql("insert into assessment_score (assessment_id, position, score) values (?, 0, 8), (?, 1, 8), (?, 2, 9)")
                .params(assessment, assessment, assessment).update();
        jdbc.sql("insert into assessment_proposed_amount (assessment_id, year, amount) values (?, 2027, 30000.00)").param(assessment).update();
        content(submittedApplication, "aanvrager", "Dorpshuis De Linde", "COMMUNITY_CENTRE", "8011 AB", "Zwolle", "NEW_BUILDING",
                "Een nieuwe ontmoetingsruimte naast het dorpshuis.", "Jongeren en ouderen", 150,
                "Buurtdiners, huiswerkbegeleiding, koffieochtenden", "170000.00", "85000.00", "51000.00", "34000.00");

        // De Linde still seeks co-financing: 40.000 missing in 2027, in the funders' marketplace.
        jdbc.sql("update grant_application set seeking_cofinancing = true where id = ?").param(submittedApplication).update();
        jdbc.sql("insert into cofinancing_sought (application_id, year, amount) values (?, 2027, 40000.00)")
                .param(submittedApplication).update();

        // A funder that registered itself and waits for the administrator (Funders → Registrations waiting). The
        // registration checks the password against the list of common ones, which the shared demo password is on.
        funders.register(new FunderRegistrationData("Rabo Coöperatiefonds Salland", FunderKind.FOUNDATION, "Petra Hendriks",
                "aanmelding.financier" + DOMAIN, PENDING_FUNDER_PASSWORD, PENDING_FUNDER_PASSWORD, Locale.of("nl")));
        // Its contact person opened the confirmation link already, so the administrator can activate it at once.
        jdbc.sql("update app_user set email_confirmed = true where email = ?").param("aanmelding.financier" + DOMAIN).update();

        long granted = application(welsum, call, "Dorpswinkel Welsum blijft open", "GRANTED", "60000.00",
                clock.instant().minus(40, ChronoUnit.DAYS), today);
        as("budgethouder", () -> {
            ledger.commit(call, granted, new TreeMap<>(Map.of(2027, new BigDecimal("40000.00"), 2028, new BigDecimal("20000.00"))),
                    "Demo: grant decision");
            return null;
        });
        // issue 21.5 (coapp21): Welsum's granted application names De Linde as partner; De Linde's members read it
        jdbc.sql("insert into co_applicant (application_id, organisation_id, role, added_by, added_at) values (?, ?, ?, ?, ?)")
                .params(granted, linde, "Houdt de ontmoetingsmiddagen in het dorpshuis", "aanvrager.welsum" + DOMAIN,
                        Timestamp.from(clock.instant().minus(41, ChronoUnit.DAYS))).update();
        log.info("Demo data loaded: users <role>{} with password {}", DOMAIN, PASSWORD);
    }

    long application(long organisation, long call, String title, String status, String amount, Instant submitted,
                             LocalDate today) {
        long reference = jdbc.sql("select nextval('grant_application_reference_seq')").query(Long.class).single();
        return insert("""
                        insert into grant_application (reference, organisation_id, call_id, title, status, amount_requested,
                            submitted_at, decision_due, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                "GF-%d-%06d".formatted(today.getYear(), reference), organisation, call, title, status, new BigDecimal(amount),
                Timestamp.from(submitted), Date.valueOf(LocalDate.ofInstant(submitted, clock.getZone()).plusWeeks(8)),
                Timestamp.from(submitted));
    }

    /** The content of a demo application: facility, project, a cost line and a financing plan that balances. */
    void content(long application, String submitter, String facility, String type, String postcode, String city, String work,
                         String description, String targetGroups, int visitors, String activities, String costs, String grant,
                         String municipal, String own) {
        jdbc.sql("""
                update grant_application set facility_type = ?, facility_name = ?, facility_street = 'Dorpsstraat 1',
                    facility_postcode = ?, facility_city = ?, facility_municipality_code = 'GM0193', kind_of_work = ?,
                    description = ?, target_groups = ?, expected_visitors_per_week = ?, activities = ?,
                    start_date = date '2027-01-01', end_date = date '2027-12-31', submitted_by = ?
                where id = ?""")
                .params(type, facility, postcode, city, work, description, targetGroups, visitors, activities,
                        submitter + DOMAIN, application).update();
        jdbc.sql("insert into cost_line (application_id, position, category, year, description, amount) values (?, 0, 'CONSTRUCTION', 2027, 'Verbouwing', ?)")
                .params(application, new BigDecimal(costs)).update();
        jdbc.sql("""
                insert into financing_line (application_id, position, source, year, description, amount)
                values (?, 0, 'GRANT', 2027, 'Gemeenschapsfonds', ?), (?, 1, 'MUNICIPALITY', 2027, 'Gemeente', ?),
                       (?, 2, 'OWN_FUNDS', 2027, 'Eigen middelen', ?)""")
                .params(application, new BigDecimal(grant), application, new BigDecimal(municipal), application, new BigDecimal(own))
                .update();
    }

    /** Runs {@code work} signed in as a demo user, so it passes the same security checks a person would. */
    <T> T as(String name, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(name + DOMAIN);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void user(String name, String displayName, String role, Long authority, Long organisation, Long funder) {
        jdbc.sql("""
                insert into app_user (email, display_name, password_hash, role, authority_id, organisation_id, funder_id,
                    email_confirmed)
                values (?, ?, ?, ?, ?, ?, ?, true)""")
                .params(name + DOMAIN, displayName, passwordEncoder.encode(PASSWORD), role, authority, organisation, funder)
                .update();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A second demo reviewer next to {@code colleague}, in the same authority (issue 21.3: several reviewers). */
    void colleague(String colleague, String name, String displayName) {
        Long authority = jdbc.sql("select authority_id from app_user where email = ?").param(colleague + DOMAIN)
                .query(Long.class).single();
        user(name, displayName, "REVIEWER", authority, null, null);
    }

    /** A completed demo assessment by {@code reviewer} with this total score, recommending the grant as asked. */
    void assessed(long application, String reviewer, String score, String motivation) {
        long assessment = insert("""
                        insert into assessment (application_id, reviewer, no_conflict_declared, recommendation, motivation, weighted_score, completed_at)
                        values (?, ?, true, 'GRANT', ?, ?, ?) returning id""",
                application, reviewer + DOMAIN, motivation, new BigDecimal(score), Timestamp.from(clock.instant().minus(1, ChronoUnit.DAYS)));
        jdbc.sql("insert into assessment_score (assessment_id, position, score) values (?, 0, 8)").param(assessment).update();
    }
}
