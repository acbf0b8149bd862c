package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.security.AccountErased;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The contact of an application is the person who submitted it ({@code grant_application.submitted_by}): mails about
 * it go there. This is submission's part of issue 17 (docs/adr/0025-inzage-erasure-mail-preferences.md) for the
 * privacy module: which applications a person is the contact of, whether one of them is still open (then the person
 * cannot be erased until another contact is set), setting another contact, the applications with their content and
 * attachments for the person's inzage, and the pseudonym instead of the person once they are erased. No
 * {@code @PreAuthorize}: its caller is the privacy module's service, which checked who asks; views never call it.
 */
@Component
public class ApplicationContacts implements PersonalDataSource {

    /** States in which an application still needs a contact: the procedure or the grant runs. */
    static final Set<String> OPEN = Set.of("SUBMITTED", "SUPPLEMENT_REQUESTED", "IN_ASSESSMENT", "AWAITING_DECISION",
            "GRANTED", "IN_EXECUTION");

    private final JdbcClient jdbc;
    private final AttachmentStore store;

    ApplicationContacts(JdbcClient jdbc, AttachmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** An application whose only contact a person is, while it is open. */
    public record OpenApplication(long id, String reference, String title, long organisationId) {
    }

    /** The applications of {@code organisationId} whose contact is {@code email} (any state, drafts excluded). */
    @Transactional(readOnly = true)
    public Set<Long> ofContact(long organisationId, String email) {
        return Set.copyOf(jdbc.sql("""
                        select id from grant_application where organisation_id = ? and lower(submitted_by) = lower(?)""")
                .params(organisationId, email).query(Long.class).list());
    }

    /** The open applications whose contact is {@code email}: while there is one, the person cannot be erased. */
    @Transactional(readOnly = true)
    public List<OpenApplication> openOfContact(String email) {
        return jdbc.sql("""
                        select id, reference, title, organisation_id from grant_application
                        where lower(submitted_by) = lower(:email) and status in (:open) order by id""")
                .param("email", email).param("open", OPEN)
                .query((rs, row) -> new OpenApplication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /**
     * Makes {@code newContact} (a member of the application's organisation; the caller checked) the contact of
     * the application: mails about it go there from now on.
     */
    @Transactional
    public void changeContact(long applicationId, String newContact) {
        jdbc.sql("update grant_application set submitted_by = ? where id = ?").params(newContact, applicationId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        Collection<Long> ids = subject.applicationIds();
        if (ids.isEmpty()) {
            return new Section("applications", List.of(), List.of());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applications", PersonalDataSource.rows(jdbc.sql("select * from grant_application where id in (:ids) order by id")
                .param("ids", ids).query().listOfRows()));
        data.put("costLines", PersonalDataSource.rows(jdbc.sql(
                        "select * from cost_line where application_id in (:ids) order by application_id, position")
                .param("ids", ids).query().listOfRows()));
        data.put("financingLines", PersonalDataSource.rows(jdbc.sql(
                        "select * from financing_line where application_id in (:ids) order by application_id")
                .param("ids", ids).query().listOfRows()));
        data.put("coApplicants", PersonalDataSource.rows(jdbc.sql(
                        "select * from co_applicant where application_id in (:ids) order by application_id, id")
                .param("ids", ids).query().listOfRows()));
        data.put("attachments", PersonalDataSource.rows(jdbc.sql("""
                        select id, application_id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                        from attachment where application_id in (:ids) order by application_id, id""")
                .param("ids", ids).query().listOfRows()));
        List<Document> documents = new ArrayList<>();
        jdbc.sql("""
                        select a.id, a.storage_key, a.file_name, coalesce(g.reference, 'draft-' || g.id) as reference
                        from attachment a join grant_application g on g.id = a.application_id
                        where a.application_id in (:ids) order by a.id""")
                .param("ids", ids)
                .query((rs, row) -> new Document("applications/" + rs.getString("reference") + "/attachments/"
                        + rs.getLong("id") + "-" + rs.getString("file_name"), store.get(UUID.fromString(rs.getString("storage_key")))))
                .list().forEach(documents::add);
        return new Section("applications", data, documents);
    }

    /** The erased person's address becomes the pseudonym wherever submission names them. */
    @EventListener
    @Transactional
    public void onAccountErased(AccountErased erased) {
        jdbc.sql("update grant_application set submitted_by = ? where lower(submitted_by) = lower(?)")
                .params(erased.pseudonymEmail(), erased.formerEmail()).update();
        jdbc.sql("update attachment set uploaded_by = ? where lower(uploaded_by) = lower(?)")
                .params(erased.pseudonymEmail(), erased.formerEmail()).update();
    }
}
