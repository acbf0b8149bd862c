package nl.gemeenschapsfonds.audit;

import nl.gemeenschapsfonds.security.AccountErased;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The audit trail's part of issue 17. Inzage: the entries about the person — what they did, and what was done to
 * their account, their organisation or funder and the applications they are the contact of. Erasure: the trail keeps
 * every entry (it is append-only), but the erased person's address and name become the pseudonym, through the
 * database function {@code pseudonymise_audit} (V53), the only way an entry may change.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select occurred_at, actor, action, object_type, object_id, before_state, after_state, reason
                        from audit_entry
                        where lower(actor) = lower(:email)
                           or (object_type in ('User', 'AppUser') and object_id = :user)
                           or (object_type = 'Organisation' and object_id = :organisation)
                           or (object_type = 'Funder' and object_id = :funder)
                           or (object_type = 'Application' and object_id in (:applications))
                        order by occurred_at, id""")
                .param("email", subject.email())
                .param("user", String.valueOf(subject.userId()))
                .param("organisation", String.valueOf(subject.organisationId()))
                .param("funder", String.valueOf(subject.funderId()))
                .param("applications", subject.applicationIds().isEmpty() ? List.of("-")
                        : subject.applicationIds().stream().map(String::valueOf).toList())
                .query().listOfRows();
        return new Section("audit", PersonalDataSource.rows(rows), List.of());
    }

    /** In the erasing transaction: the trail says the pseudonym wherever it said the person's address or name. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAccountErased(AccountErased erased) {
        jdbc.sql("select pseudonymise_audit(?, ?)").params(erased.formerEmail(), erased.pseudonymEmail()).query(Integer.class).single();
        jdbc.sql("select pseudonymise_audit(?, ?)").params(erased.formerName(), erased.pseudonym()).query(Integer.class).single();
    }
}
