package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The co-financing still missing per year: entered by the applicant who seeks co-financing (checked per
 * year against the project's years and costs), stored, and shown to funders minus the confirmed pledges of
 * each year, never below zero; the marketplace's filter "amount missing" uses that figure.
 */
@IntegrationTest
class MissingCofinancingIT {

    @Autowired
    SubmissionService submissions;

    @Autowired
    PledgeService pledges;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private long call;
    private String applicant;

    @BeforeEach
    void aCall() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Ontbreekt");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Ontbreekt");
    }

    private TreeMap<Integer, BigDecimal> missing(Object... yearsAndAmounts) {
        TreeMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < yearsAndAmounts.length; i += 2) {
            map.put((Integer) yearsAndAmounts[i], yearsAndAmounts[i + 1] == null ? null : amount((String) yearsAndAmounts[i + 1]));
        }
        return map;
    }

    private void save(long id, TreeMap<Integer, BigDecimal> missing) throws Exception {
        authorities.as(applicant, () -> {
            ApplicationDraft draft = submissions.draft(id);
            submissions.saveDraft(draft.withMissingCofinancing(missing));
        });
    }

    @Test
    void amounts_outside_the_project_or_above_the_costs_are_refused_at_submission_a_negative_one_already_when_saved()
            throws Exception {
        // one year, 2027: costs 80.000
        long id = applications.draftSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        assertThatThrownBy(() -> save(id, missing(2027, "-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(tuple("missingCofinancing-2027", "missingCofinancing.negative")));
        assertThat(authorities.as(applicant, () -> submissions.draft(id)).missingCofinancing())
                .as("a refused save changes nothing").containsExactly(Map.entry(2027, amount("16000")));

        // the dates or the costs may still change on other steps: the draft is kept as typed, submission says what is wrong
        save(id, missing(2027, "80000.01", 2028, "1000"));
        assertThat(authorities.as(applicant, () -> submissions.problems(id))).extracting(Problem::field, Problem::messageKey)
                .contains(tuple("missingCofinancing-2027", "missingCofinancing.aboveCosts"),
                        tuple("missingCofinancing-2028", "missingCofinancing.yearOutside"));
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(),
                Locale.of("nl")))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(Problem::messageKey).contains("missingCofinancing.aboveCosts", "missingCofinancing.yearOutside"));

        save(id, missing(2027, "80000"));
        assertThat(authorities.as(applicant, () -> submissions.draft(id)).missingCofinancing())
                .containsExactly(Map.entry(2027, amount("80000")));
        assertThat(authorities.as(applicant, () -> submissions.problems(id))).extracting(Problem::field)
                .noneMatch(field -> field.startsWith("missingCofinancing"));
    }

    @Test
    void seeking_co_financing_without_any_amount_missing_cannot_be_submitted() throws Exception {
        long id = applications.draftSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        save(id, missing(2027, "0"));
        List<Problem> problems = authorities.as(applicant, () -> submissions.problems(id));
        assertThat(problems).extracting(Problem::field, Problem::messageKey)
                .contains(tuple("missingCofinancing", "submit.required.missingCofinancing"));
        assertThatThrownBy(() -> authorities.as(applicant, () -> submissions.submit(id, submissions.draft(id).version(),
                Locale.of("nl")))).isInstanceOf(InvalidInputException.class);
        save(id, missing(2027, "16000"));
        assertThat(authorities.as(applicant, () -> submissions.problems(id))).isEmpty();
    }

    @Test
    void funders_see_per_year_what_is_still_missing_after_confirmed_pledges_never_below_zero() throws Exception {
        long id = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000"), 2028, amount("40000")),
                amount("16000"));
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id")
                .param("Fonds Ontbreekt " + key).query(Long.class).single();
        String funder = "fonds-" + key + "@test.example";
        accounts.create(funder, "Fonds", "a-long-enough-password", Role.FUNDER, null, null, funderId);

        long big = authorities.as(funder, () -> pledges.pledge(new PledgeForm(id, 2027, amount("20000"), PledgeKind.CASH, null, null)));
        authorities.as(funder, () -> pledges.pledge(new PledgeForm(id, 2028, amount("5000"), PledgeKind.CASH, null, null)));
        MarketplaceItem before = item(funder, id);
        assertThat(before.sought()).isEqualByComparingTo("32000");
        assertThat(before.missing()).as("pledges not confirmed do not count").isEqualByComparingTo("32000");

        authorities.as(funder, () -> pledges.confirm(big, authorities.as(funder, () -> pledges.myPledges()).stream()
                .filter(p -> p.id() == big).findFirst().orElseThrow().version(), null));
        MarketplaceItem after = item(funder, id);
        assertThat(after.perYear().get(2027)).isEqualTo(new MarketplaceItem.YearMissing(amount("16000"), amount("20000"),
                amount("0")));
        assertThat(after.perYear().get(2028).missing()).isEqualByComparingTo("16000");
        assertThat(after.missing()).as("2027's surplus does not fill 2028").isEqualByComparingTo("16000");
        assertThat(authorities.as(funder, () -> pledges.project(id)).project().missing()).isEqualByComparingTo("16000");

        assertThat(authorities.as(funder, () -> pledges.marketplace(new MarketplaceFilter(null, null, amount("16000")), 0, 100_000)))
                .extracting(MarketplaceRow::applicationId).contains(id);
        assertThat(authorities.as(funder, () -> pledges.marketplace(new MarketplaceFilter(null, null, amount("16000.01")), 0, 100_000)))
                .extracting(MarketplaceRow::applicationId).doesNotContain(id);
    }

    /** The project's figures year by year, as its page shows them to a funder. */
    private MarketplaceItem item(String funder, long id) throws Exception {
        return authorities.as(funder, () -> pledges.project(id)).project();
    }
}
