package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.UUID;

/**
 * Creates a fresh applicant organisation (with a complete profile, or only a name) and one user,
 * so a test can change an organisation without touching the demo organisations other tests read.
 */
@Component
public class TestApplicants {

    public static final String PASSWORD = "a-long-enough-password";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    TestApplicants(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public record Applicant(long organisationId, String organisationName, String email) {
    }

    /** An organisation with a complete profile (unique KvK number) and a confirmed user. */
    @Transactional
    public Applicant complete(String name) {
        String key = key();
        String kvk = String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        long id = jdbc.sql("""
                        insert into organisation (legal_name, kvk_number, legal_form, street, postcode, city, municipality_code,
                            iban, account_holder, phone)
                        values (?, ?, 'STICHTING', 'Kerkstraat 1', '8011 AB', 'Zwolle', 'GM0193', 'NL91ABNA0417164300', ?,
                            '038 123 4567') returning id""")
                .params(name + " " + key, kvk, name + " " + key).query(Long.class).single();
        return user(id, name + " " + key, key, true);
    }

    /** An organisation as registration leaves it (the legal name only) with a user, confirmed or not. */
    @Transactional
    public Applicant registered(String name, boolean confirmed) {
        String key = key();
        long id = jdbc.sql("insert into organisation (legal_name) values (?) returning id").param(name + " " + key)
                .query(Long.class).single();
        return user(id, name + " " + key, key, confirmed);
    }

    private Applicant user(long organisationId, String organisationName, String key, boolean confirmed) {
        String email = "applicant-" + key + "@test.example";
        accounts.createApplicant(email, "Aanvrager " + key, PASSWORD, organisationId, Locale.of("nl", "NL"), confirmed);
        return new Applicant(organisationId, organisationName, email);
    }

    private static String key() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
