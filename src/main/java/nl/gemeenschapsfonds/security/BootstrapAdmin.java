package nl.gemeenschapsfonds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a production installation. When no ADMIN exists and
 * {@code APP_ADMIN_EMAIL} and {@code APP_ADMIN_PASSWORD} are set, it creates that account (and its
 * authority, {@code APP_ADMIN_AUTHORITY_CODE}). There is no built-in password.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final String email;
    private final String password;
    private final String authorityCode;
    private final String authorityName;

    BootstrapAdmin(UserAccounts accounts, JdbcClient jdbc,
                   @Value("${app.bootstrap-admin.email:}") String email,
                   @Value("${app.bootstrap-admin.password:}") String password,
                   @Value("${app.bootstrap-admin.authority-code:NATIONAL}") String authorityCode,
                   @Value("${app.bootstrap-admin.authority-name:Gemeenschapsfonds}") String authorityName) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.email = email;
        this.password = password;
        this.authorityCode = authorityCode;
        this.authorityName = authorityName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("There is no administrator yet. Set APP_ADMIN_EMAIL and APP_ADMIN_PASSWORD to create the first one.");
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String kind = authorityCode.startsWith("GM") ? "MUNICIPALITY" : "NATIONAL";
        jdbc.sql("insert into authority (code, name, kind) values (?, ?, ?) on conflict (code) do nothing")
                .params(authorityCode, authorityName, kind).update();
        long authorityId = jdbc.sql("select id from authority where code = ?").param(authorityCode)
                .query(Long.class).single();
        accounts.create(email, "Administrator", password, Role.ADMIN, authorityId, null, null);
        log.info("Created the first administrator (APP_ADMIN_EMAIL) for authority {}", authorityCode);
    }
}
