package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.Map;

import static nl.gemeenschapsfonds.review.Ranking.Proposal.DOES_NOT_FIT;
import static nl.gemeenschapsfonds.review.Ranking.Proposal.GRANT;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The ranking of a call that allocates by ranking, on applications that went through intake and assessment. */
@IntegrationTest
class RankingServiceIT {

    @Autowired
    RankingService rankings;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    IntakeService intake;

    @Autowired
    UserAccounts accounts;

    private Staff staff;
    private long call;

    @BeforeEach
    void rankingCall() throws Exception {
        staff = authorities.newAuthority("Gemeente Rangschikking");
        call = applications.openCall(staff, CallSpec.ranking(Map.of(2027, amount("80000"), 2028, amount("50000"))));
    }

    private long assessed(String organisation, Map<Integer, BigDecimal> asked, int score) throws Exception {
        return applications.awaitingDecision(staff, authorities.newApplicant(organisation), call, asked, score);
    }

    private Ranking ranking() throws Exception {
        return authorities.as(staff.decisionMaker(), () -> rankings.ranking(call));
    }

    @Test
    void best_score_first_ties_by_receipt_and_the_proposal_stops_at_the_first_application_that_does_not_fit() throws Exception {
        long sixFirst = assessed("Vereniging Zes Eerst", Map.of(2027, amount("40000")), 6);
        long nine = assessed("Stichting Negen", Map.of(2027, amount("30000"), 2028, amount("20000")), 9);
        long sixLater = assessed("Vereniging Zes Later", Map.of(2027, amount("20000")), 6);
        long three = assessed("Dorpswinkel Drie", Map.of(2027, amount("10000")), 3);
        applications.close(staff, call);

        Ranking ranking = ranking();

        assertThat(ranking.closed()).isTrue();
        assertThat(ranking.available()).containsExactlyInAnyOrderEntriesOf(Map.of(2027, amount("80000"), 2028, amount("50000")));
        assertThat(ranking.rows()).extracting(Ranking.Row::rank, Ranking.Row::applicationId, row -> row.score().toPlainString())
                .containsExactly(tuple(1, nine, "90.00"), tuple(2, sixFirst, "60.00"), tuple(3, sixLater, "60.00"), tuple(4, three, "30.00"));
        assertThat(ranking.rows()).extracting(row -> row.runningTotal().get(2027).toPlainString())
                .containsExactly("30000.00", "70000.00", "90000.00", "100000.00");
        assertThat(ranking.rows().getFirst().runningTotal()).containsEntry(2028, amount("20000"));
        // The last one alone would still fit in the 10,000 left, but the proposal stops at the ceiling.
        assertThat(ranking.rows()).extracting(Ranking.Row::proposal).containsExactly(GRANT, GRANT, DOES_NOT_FIT, DOES_NOT_FIT);
        assertThat(ranking.rows().get(1).organisationName()).startsWith("Vereniging Zes Eerst");
        assertThat(ranking.years()).containsExactly(2027, 2028);
    }

    @Test
    void a_second_year_that_does_not_fit_is_enough_to_stop_the_proposal() throws Exception {
        long first = assessed("Stichting Groot", Map.of(2027, amount("10000"), 2028, amount("45000")), 9);
        long second = assessed("Vereniging Tweede Jaar", Map.of(2027, amount("10000"), 2028, amount("10000")), 8);
        applications.close(staff, call);

        assertThat(ranking().rows()).extracting(Ranking.Row::applicationId, Ranking.Row::proposal)
                .containsExactly(tuple(first, GRANT), tuple(second, DOES_NOT_FIT));
    }

    @Test
    void what_is_already_granted_is_not_available_and_only_assessed_applications_and_completed_assessments_count() throws Exception {
        applications.granted(staff, authorities.newApplicant("Al Verleend"), call, Map.of(2027, amount("50000")));
        long notAssessed = applications.submitted(authorities.newApplicant("Nog In Beoordeling"), call, Map.of(2027, amount("5000")));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(notAssessed));
        // A second reviewer saved a high score but did not complete; the first reviewer completed with 5.
        String secondReviewer = "second-reviewer-" + staff.authorityId() + "@test.example";
        accounts.create(secondReviewer, "Tweede beoordelaar", "a-long-enough-password", Role.REVIEWER, staff.authorityId(), null, null);
        long scored = applications.submitted(authorities.newApplicant("Vereniging Vijf"), call, Map.of(2027, amount("20000")));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(scored));
        applications.assess(secondReviewer, scored, false, 10);
        applications.assess(staff, scored, 5);
        applications.close(staff, call);

        Ranking ranking = ranking();

        assertThat(ranking.available()).containsEntry(2027, amount("30000"));
        assertThat(ranking.rows()).extracting(Ranking.Row::applicationId).containsExactly(scored);
        assertThat(ranking.rows().getFirst().score()).isEqualByComparingTo("50.00");
        assertThat(ranking.rows().getFirst().proposal()).isEqualTo(GRANT);
    }

    @Test
    void the_list_holds_the_authoritys_ranking_calls_once_they_are_closed() throws Exception {
        assessed("Vereniging Wacht", Map.of(2027, amount("10000")), 7);
        long firstCome = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("10000"))));
        Staff other = authorities.newAuthority("Gemeente Andere Rangschikking");
        long otherCall = applications.openCall(other, CallSpec.ranking(Map.of(2027, amount("10000"))));
        applications.close(other, otherCall);

        assertThat(authorities.as(staff.decisionMaker(), () -> rankings.rankingCalls())).isEmpty();
        applications.close(staff, call);
        applications.close(staff, firstCome);

        assertThat(authorities.as(staff.decisionMaker(), () -> rankings.rankingCalls()))
                .extracting(RankingCallItem::callId, RankingCallItem::awaitingDecision)
                .containsExactly(tuple(call, 1L));
    }

    @Test
    void a_first_come_call_has_no_ranking_and_other_authorities_and_roles_do_not_see_it() throws Exception {
        long firstCome = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("10000"))));
        Staff other = authorities.newAuthority("Gemeente Nieuwsgierig");

        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> rankings.ranking(firstCome)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other.decisionMaker(), () -> rankings.ranking(call)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> rankings.ranking(call)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> rankings.rankingCalls()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(authorities.as(staff.decisionMaker(), () -> rankings.ranking(call)).closed())
                .as("before its closing date the ranking is provisional").isFalse();
    }
}
