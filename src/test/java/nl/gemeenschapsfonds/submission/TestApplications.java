package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Applications of the demo applicants in a call of a fresh authority, so a test has its own
 * applications and its own reviewers, and the demo authority's work queue never sees them.
 */
@Component
public class TestApplications {

    private final JdbcClient jdbc;
    private final TestAuthorities authorities;

    TestApplications(JdbcClient jdbc, TestAuthorities authorities) {
        this.jdbc = jdbc;
        this.authorities = authorities;
    }

    /** A call of a new authority, with that authority's staff. */
    public record TestCall(long callId, Staff staff) {
    }

    public TestCall newCall() {
        Staff staff = authorities.newAuthority("Gemeente Bijlagen");
        String key = UUID.randomUUID().toString().substring(0, 8);
        long fund = jdbc.sql("insert into fund (authority_id, name) values (?, ?) returning id")
                .params(staff.authorityId(), "Fonds " + key).query(Long.class).single();
        long call = jdbc.sql("""
                        insert into grant_call (fund_id, title_nl, title_en, status, allocation_method)
                        values (?, 'Ontmoetingsplekken', 'Meeting places', 'PUBLISHED', 'FIRST_COME') returning id""")
                .param(fund).query(Long.class).single();
        return new TestCall(call, staff);
    }

    /** A new draft of the organisation the applicant with this e-mail belongs to. */
    public long draft(TestCall call, String applicantEmail) {
        long organisation = jdbc.sql("select organisation_id from app_user where email = ?").param(applicantEmail)
                .query(Long.class).single();
        return jdbc.sql("""
                        insert into grant_application (organisation_id, call_id, title, status, updated_at)
                        values (?, ?, 'Bijlagen testen', 'DRAFT', now()) returning id""")
                .params(organisation, call.callId()).query(Long.class).single();
    }

    /** Marks the application as submitted, as the submission would: reference, receipt time, decision due in 8 weeks. */
    public void submit(long applicationId) {
        jdbc.sql("""
                        update grant_application set status = 'SUBMITTED', reference = ?, submitted_at = now(), decision_due = current_date + 56
                        where id = ?""")
                .params("T-" + UUID.randomUUID().toString().substring(0, 12), applicationId).update();
    }

    public long attachmentRows(long applicationId) {
        return jdbc.sql("select count(*) from attachment where application_id = ?").param(applicationId)
                .query(Long.class).single();
    }
}
