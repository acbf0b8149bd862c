package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.security.AccountErased;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisation's part of issue 17. Inzage: the organisation or funder the person belongs to (their membership) and
 * the invitations and confirmation links sent to their address. Erasure: those links go; where the person was their
 * funder's contact, the contact's name, address and phone are replaced by the pseudonym.
 */
@Component
class OrganisationPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    OrganisationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (subject.organisationId() != null) {
            data.put("organisation", PersonalDataSource.rows(jdbc.sql("select * from organisation where id = ?")
                    .param(subject.organisationId()).query().listOfRows()));
        }
        if (subject.funderId() != null) {
            data.put("funder", PersonalDataSource.rows(jdbc.sql("select * from funder where id = ?")
                    .param(subject.funderId()).query().listOfRows()));
        }
        data.put("linksSentToMe", PersonalDataSource.rows(jdbc.sql("""
                        select purpose, email, created_at, expires_at, used_at from email_token
                        where lower(email) = lower(?) or user_id = ? order by created_at""")
                .params(subject.email(), subject.userId()).query().listOfRows()));
        return new Section("organisation", data, List.of());
    }

    @EventListener
    @Transactional
    public void onAccountErased(AccountErased erased) {
        jdbc.sql("delete from email_token where (lower(email) = lower(?) or user_id = ?) and invited_by is distinct from ?")
                .params(erased.formerEmail(), erased.userId(), erased.userId()).update();
        jdbc.sql("update email_token set email = ? where lower(email) = lower(?)")
                .params(erased.pseudonymEmail(), erased.formerEmail()).update();
        jdbc.sql("""
                        update funder set contact_name = ?, contact_email = ?, contact_phone = null
                        where lower(contact_email) = lower(?)""")
                .params(erased.pseudonym(), erased.pseudonymEmail(), erased.formerEmail()).update();
    }
}
