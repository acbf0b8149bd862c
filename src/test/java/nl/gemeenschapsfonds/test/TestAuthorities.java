package nl.gemeenschapsfonds.test;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Creates a fresh authority with one staff user per staff role, so a test has its own funds,
 * calls and ledger and never meets another test's data; and runs code signed in as a user.
 */
@Component
public class TestAuthorities {

    /** The password of every user made here. */
    private static final String PASSWORD = "a-long-enough-password";

    private final JdbcClient jdbc;
    private final UserDetailsService userDetails;
    private final TransactionTemplate transactions;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * {@link #PASSWORD}'s BCrypt hash, made once: the users made here all have it. A hash costs ~0.1 s of CPU (BCrypt,
     * strength 10; 0.11 s at load 6 here), and the suite made one per user: four per {@link #newAuthority} and one per
     * {@link #newApplicant}, called from 133 and 156 places, many of them before every test (issue 20). A sign-in still checks the password against it as for any user.
     */
    private final String passwordHash;

    TestAuthorities(JdbcClient jdbc, UserDetailsService userDetails, TransactionTemplate transactions,
                    PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.userDetails = userDetails;
        this.transactions = transactions;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    /** A confirmed user with {@link #PASSWORD}, as {@link UserAccounts#create} makes one, without hashing it again. */
    private void createUser(String email, String displayName, Role role, Long authorityId, Long organisationId) {
        transactions.executeWithoutResult(status -> {
            AppUser user = new AppUser(email, displayName, passwordHash, role, authorityId, organisationId, null);
            user.confirmEmail();
            entityManager.persist(user);
        });
    }

    public record Staff(long authorityId, String admin, String reviewer, String decisionMaker, String finance) {
    }

    public Staff newAuthority(String name) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("insert into authority (code, name, kind) values (?, ?, 'MUNICIPALITY') returning id")
                .params("T" + key, name + " " + key).query(Long.class).single();
        return new Staff(id,
                user(key, "admin", Role.ADMIN, id),
                user(key, "reviewer", Role.REVIEWER, id),
                user(key, "decider", Role.DECISION_MAKER, id),
                user(key, "finance", Role.FINANCE, id));
    }

    /** One more staff user in an existing authority. */
    public void createUser(String email, Role role, long authorityId) {
        createUser(email, email, role, authorityId, null);
    }

    /** A new applicant organisation (profile complete) with one confirmed applicant; answers the e-mail. */
    public String newApplicant(String organisationName) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long organisation = jdbc.sql("""
                        insert into organisation (legal_name, kvk_number, legal_form, street, postcode, city, municipality_code,
                            iban, account_holder, phone)
                        values (?, ?, 'VERENIGING', 'Dorpsstraat 1', '8011 AB', 'Zwolle', 'GM0193', 'NL91ABNA0417164300', ?, '038 000 0000')
                        returning id""")
                .params(organisationName + " " + key, String.valueOf(10000000 + Math.abs(key.hashCode() % 89999999)),
                        organisationName + " " + key)
                .query(Long.class).single();
        String email = "applicant-" + key + "@test.example";
        createUser(email, "Aanvrager " + key, Role.APPLICANT, null, organisation);
        return email;
    }

    private String user(String key, String name, Role role, long authority) {
        String email = name + "-" + key + "@test.example";
        createUser(email, name + " " + key, role, authority, null);
        return email;
    }

    /** Runs {@code work} on this thread signed in as {@code email}, as the login form would sign in. */
    public <T> T as(String email, Callable<T> work) throws Exception {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String email, ThrowingRunnable work) throws Exception {
        as(email, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
