package nl.gemeenschapsfonds.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * Loads the demo installation of the embedded default: the municipality of Zwolle with one fund
 * (budget 2027 and 2028), one open call, two applicant organisations, one funder and one user per
 * role, all with the password {@value #PASSWORD}. Runs in one transaction and only once: when the
 * demo authority exists it adds nothing. Never active with the {@code prod} profile.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String AUTHORITY_CODE = "GM0193";
    static final String PASSWORD = "Welkom-demo-2027";
    static final String DOMAIN = "@gemeenschapsfonds.test";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataLoader(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from authority where code = ?").param(AUTHORITY_CODE).query(Long.class).single() > 0) {
            log.info("Demo data present already; nothing added");
            return;
        }
        long authority = insert("insert into authority (code, name, kind) values (?, ?, 'MUNICIPALITY') returning id",
                AUTHORITY_CODE, "Gemeente Zwolle");
        long fund = insert("insert into fund (authority_id, name, description) values (?, ?, ?) returning id",
                authority, "Gemeenschapsfonds Zwolle", "Ontmoetingsplekken tegen eenzaamheid in Zwolle");
        budget(fund, 2027, "2000000.00");
        budget(fund, 2028, "1500000.00");

        LocalDate today = LocalDate.now(clock);
        long call = insert("""
                insert into grant_call (fund_id, title_nl, title_en, description_nl, description_en, status, open_date,
                    close_date, allocation_method, max_grant, min_private_share, max_fund_share, grant_max_municipal)
                values (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 'FIRST_COME', 150000.00, 0.2000, 0.5000, false) returning id""",
                fund, "Ontmoetingsplekken 2027", "Meeting places 2027",
                "Voor buurthuizen, verenigingsgebouwen en dorpswinkels die mensen samenbrengen.",
                "For community centres, association buildings and village shops that bring people together.",
                Date.valueOf(today.minusMonths(1)), Date.valueOf(today.plusMonths(6)));
        for (String type : new String[]{"COMMUNITY_CENTRE", "ASSOCIATION_BUILDING", "VILLAGE_SHOP"}) {
            jdbc.sql("insert into grant_call_facility_type (call_id, facility_type) values (?, ?)").params(call, type).update();
        }
        jdbc.sql("insert into grant_call_year_ceiling (call_id, year, ceiling) values (?, 2027, 1200000.00), (?, 2028, 800000.00)")
                .params(call, call).update();

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

        Instant submitted = clock.instant().minus(3, ChronoUnit.DAYS);
        long reference = jdbc.sql("select nextval('grant_application_reference_seq')").query(Long.class).single();
        long submittedApplication = insert("""
                insert into grant_application (reference, organisation_id, call_id, title, status, amount_requested,
                    submitted_at, decision_due, updated_at)
                values (?, ?, ?, ?, 'SUBMITTED', 85000.00, ?, ?, ?) returning id""",
                "GF-%d-%06d".formatted(today.getYear(), reference), linde, call,
                "Nieuwe ontmoetingsruimte Dorpshuis De Linde", Timestamp.from(submitted),
                Date.valueOf(LocalDate.ofInstant(submitted, clock.getZone()).plusWeeks(8)), Timestamp.from(submitted));
        insert("""
                insert into grant_application (organisation_id, call_id, title, status, amount_requested, updated_at)
                values (?, ?, ?, 'DRAFT', 40000.00, ?) returning id""",
                linde, call, "Verduurzaming dak en keuken", Timestamp.from(clock.instant()));
        jdbc.sql("insert into pledge (funder_id, application_id, year, amount, kind, status) values (?, ?, 2027, 25000.00, 'CASH', 'PLEDGED')")
                .params(funder, submittedApplication).update();
        log.info("Demo data loaded: users <role>{} with password {}", DOMAIN, PASSWORD);
    }

    private void budget(long fund, int year, String amount) {
        jdbc.sql("insert into fund_year_budget (fund_id, year, amount) values (?, ?, ?)")
                .params(fund, year, new BigDecimal(amount)).update();
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
}
