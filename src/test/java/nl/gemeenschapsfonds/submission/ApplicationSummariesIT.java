package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** Submission's batch read for other modules' lists, mails and jobs: by ids, in one query, without a signed-in user. */
@IntegrationTest
class ApplicationSummariesIT {

    @Autowired ApplicationSummaries summaries;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired JdbcClient jdbc;

    @Test
    void a_job_without_a_signed_in_user_reads_reference_title_status_organisation_call_and_applicant_of_many_applications()
            throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Samenvatting");
        String applicant = authorities.newApplicant("Buurthuis Samenvatting");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long first = applications.submitted(applicant, call, Map.of(2027, amount("10000")));
        long second = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        long draft = applications.draftSeekingCoFinancing(applicant, call, Map.of(2027, amount("10000")), BigDecimal.ZERO);
        long organisation = jdbc.sql("select organisation_id from grant_application where id = ?").param(first)
                .query(Long.class).single();
        SecurityContextHolder.clearContext();

        Map<Long, ApplicationSummary> read = summaries.of(List.of(first, second, draft, -1L));

        assertThat(read).containsOnlyKeys(first, second, draft);
        ApplicationSummary one = read.get(first);
        assertThat(one.reference()).isNotBlank().isNotEqualTo(read.get(second).reference());
        assertThat(one.title()).isNotBlank();
        assertThat(one.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(one.organisationId()).isEqualTo(organisation);
        assertThat(one.callId()).isEqualTo(call);
        assertThat(one.applicant()).contains(new ApplicationSummary.ApplicantContact(applicant, Locale.of("nl")));
        assertThat(read.get(draft).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(read.get(draft).reference()).isNull();
        assertThat(read.get(draft).applicant()).isEmpty();
        assertThat(summaries.of(second)).contains(read.get(second));
        assertThat(summaries.of(-1L)).isEmpty();
        assertThat(summaries.of(List.of())).isEmpty();
    }
}
