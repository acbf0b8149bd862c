package nl.gemeenschapsfonds.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Security's part of a person's inzage (issue 17): their account (never the password hash or the authenticator's
 * secret, only whether there is one), failed sign-ins on their address and their identity-provider links.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", PersonalDataSource.rows(jdbc.sql("""
                        select id, email, display_name, role, organisation_id, funder_id, enabled, email_confirmed,
                               preferred_locale, created_at, locked_until, totp_secret is not null as second_factor,
                               totp_since as second_factor_since
                        from app_user where id = ?""")
                .param(subject.userId()).query().listOfRows()));
        data.put("failedSignIns", PersonalDataSource.rows(jdbc.sql("""
                        select remote_addr, occurred_at from login_failure where lower(email) = lower(?) order by occurred_at""")
                .param(subject.email()).query().listOfRows()));
        data.put("identityProviderLinks", PersonalDataSource.rows(jdbc.sql("select * from oidc_link where user_id = ?")
                .param(subject.userId()).query().listOfRows()));
        return new Section("account", data, List.of());
    }
}
