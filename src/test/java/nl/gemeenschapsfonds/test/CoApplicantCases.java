package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;

/**
 * The co-applicants' set-up (issue 21.5) that the service tests ({@code CoApplicantsIT}) and the screens' tests
 * ({@code CoApplicantsViewTest}) share: an authority with an open call, the members of a lead organisation and of a
 * partner-to-be, and an application of the lead that names the partner.
 */
@Component
public class CoApplicantCases {

    /** The partner's role in {@link #name}. */
    public static final String ROLE = "Organiseert de sportmiddagen";

    /** An authority with an open call (€ 100.000 in 2027), a member of Buurthuis (the lead) and one of Sportclub. */
    public record Organisations(Staff staff, long call, String lead, String partner) {
    }

    private final TestAuthorities authorities;
    private final Applications applications;
    private final JdbcClient jdbc;

    CoApplicantCases(TestAuthorities authorities, Applications applications, JdbcClient jdbc) {
        this.authorities = authorities;
        this.applications = applications;
        this.jdbc = jdbc;
    }

    public Organisations organisations(String authorityName) throws Exception {
        Staff staff = authorities.newAuthority(authorityName);
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        return new Organisations(staff, call, authorities.newApplicant("Buurthuis"), authorities.newApplicant("Sportclub"));
    }

    /** The lead's application granted (€ 20.000 in 2027), with the partner named in it. */
    public long grantedWithPartner(Organisations in) throws Exception {
        long id = applications.granted(in.staff(), in.lead(), in.call(), Map.of(2027, amount("20000")));
        name(id, in);
        return id;
    }

    /** Names the partner in the lead's application with {@link #ROLE}, as the wizard had saved it before submission. */
    public void name(long application, Organisations in) {
        jdbc.sql("insert into co_applicant (application_id, organisation_id, role, added_by, added_at) values (?, ?, ?, ?, now())")
                .params(application, organisationOf(in.partner()), ROLE, in.lead()).update();
    }

    public long organisationOf(String email) {
        return jdbc.sql("select organisation_id from app_user where email = ?").param(email).query(Long.class).single();
    }

    public String kvkOf(String email) {
        return jdbc.sql("select o.kvk_number from organisation o join app_user u on u.organisation_id = o.id where u.email = ?")
                .param(email).query(String.class).single();
    }
}
