package nl.gemeenschapsfonds.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The public read API of decisions, on real PostgreSQL, with decisions taken through the real services. */
@IntegrationTest
class DecisionsIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    Decisions decisions;

    @Autowired
    ObjectionService objections;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Clock clock;

    private Staff staff;
    private long call;
    private LocalDate today;

    @BeforeEach
    void call() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Besluitlezer");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"), 2028, amount("100000"))));
    }

    @Test
    void a_grant_reads_with_its_amounts_per_year_its_advances_its_decider_and_its_authority() throws Exception {
        long id = applications.granted(staff, authorities.newApplicant("Vereniging Lezen"), call,
                Map.of(2027, amount("40000"), 2028, amount("20000")),
                List.of(new DecisionForm.Advance(today.plusWeeks(1), 2027, amount("10000")),
                        new DecisionForm.Advance(today.plusYears(1), 2028, amount("5000"))));

        Decision decision = decisions.ofApplication(id).orElseThrow();

        assertThat(decision.applicationId()).isEqualTo(id);
        assertThat(decision.authorityId()).isEqualTo(staff.authorityId());
        assertThat(decision.outcome()).isEqualTo(Recommendation.GRANT);
        assertThat(decision.isGrant()).isTrue();
        assertThat(decision.decidedBy()).isEqualToIgnoringCase(staff.decisionMaker());
        assertThat(decision.decisionDate()).isEqualTo(today);
        assertThat(decision.objectionDeadline()).isAfter(today);
        assertThat(decision.grantedPerYear()).containsExactly(Map.entry(2027, amount("40000")), Map.entry(2028, amount("20000")));
        assertThat(decision.grantedTotal()).isEqualByComparingTo("60000");
        assertThat(decision.advances()).extracting(Decision.Advance::position, Decision.Advance::dueOn,
                        Decision.Advance::year, Decision.Advance::amount)
                .containsExactly(tuple(0, today.plusWeeks(1), 2027, amount("10000")),
                        tuple(1, today.plusYears(1), 2028, amount("5000")));
        assertThat(decision.advancesTotal()).isEqualByComparingTo("15000");
        assertThat(decision.advancesPerYear()).containsExactly(Map.entry(2027, amount("10000")), Map.entry(2028, amount("5000")));
        assertThat(decisions.byId(decision.id())).contains(decision);
        assertThat(decisions.grantedApplicationIds()).contains(id);
    }

    @Test
    void a_refusal_reads_without_amounts_and_with_its_ground() throws Exception {
        long id = applications.refused(staff, authorities.newApplicant("Vereniging Afgewezen"), call, Map.of(2027, amount("1000")));

        Decision decision = decisions.ofApplication(id).orElseThrow();

        assertThat(decision.outcome()).isEqualTo(Recommendation.REFUSE);
        assertThat(decision.isGrant()).isFalse();
        assertThat(decision.refusalGround()).isEqualTo(RefusalGround.NOT_ELIGIBLE);
        assertThat(decision.grantedPerYear()).isEmpty();
        assertThat(decision.grantedTotal()).isZero();
        assertThat(decision.advances()).isEmpty();
        assertThat(decisions.grantedApplicationIds()).doesNotContain(id);
    }

    @Test
    void an_application_without_a_decision_has_none_and_no_letter() throws Exception {
        long id = applications.awaitingDecision(staff, authorities.newApplicant("Vereniging Wacht"), call,
                Map.of(2027, amount("1000")), 8);

        assertThat(decisions.ofApplication(id)).isEmpty();
        assertThat(decisions.letter(id)).isEmpty();
        assertThat(decisions.objectionOf(id)).isEmpty();
    }

    @Test
    void the_letter_is_the_pdf_as_sent_named_in_the_applicants_language() throws Exception {
        long id = applications.granted(staff, authorities.newApplicant("Vereniging Brief"), call, Map.of(2027, amount("1000")));

        Decisions.Letter letter = decisions.letter(id).orElseThrow();

        assertThat(new String(letter.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(letter.language()).isEqualTo(Locale.of("nl"));
        assertThat(letter.fileName("GF-1")).isEqualTo("beschikking-GF-1.pdf");
    }

    @Test
    void an_authority_reads_only_its_own_decisions_a_page_at_a_time() throws Exception {
        long first = applications.granted(staff, authorities.newApplicant("Vereniging Een"), call, Map.of(2027, amount("1000")));
        long second = applications.refused(staff, authorities.newApplicant("Vereniging Twee"), call, Map.of(2027, amount("1000")));
        Staff other = authorities.newAuthority("Gemeente Anders");
        long otherCall = applications.openCall(other, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long elsewhere = applications.granted(other, authorities.newApplicant("Vereniging Elders"), otherCall,
                Map.of(2027, amount("1000")));

        List<Decision> page = decisions.ofAuthority(staff.authorityId(), null, 0, 1);
        List<Decision> next = decisions.ofAuthority(staff.authorityId(), null, page.getLast().id(), 10);

        assertThat(page).extracting(Decision::applicationId).containsExactly(first);
        assertThat(next).extracting(Decision::applicationId).containsExactly(second);
        assertThat(decisions.ofAuthority(staff.authorityId(), elsewhere, 0, 10)).isEmpty();
        assertThat(decisions.ofAuthority(other.authorityId(), elsewhere, 0, 10)).extracting(Decision::applicationId)
                .containsExactly(elsewhere);
        var byIds = decisions.byIds(List.of(page.getFirst().id(), next.getFirst().id(), -1L));
        assertThat(byIds.keySet()).containsExactly(page.getFirst().id(), next.getFirst().id());
    }

    @Test
    void the_amounts_read_as_they_stand_after_an_objection_changed_them() throws Exception {
        String applicant = authorities.newApplicant("Vereniging Bezwaar");
        long id = applications.awaitingDecision(staff, applicant, call, Map.of(2027, amount("30000")), 8);
        applications.decide(staff, id, new TreeMap<>(Map.of(2027, amount("20000"))));
        authorities.as(applicant, () -> objections.object(id, "Ons plan is volledig."));
        authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id, ObjectionOutcome.UPHELD,
                "Het plan is volledig.", new TreeMap<>(Map.of(2027, amount("30000"))))));

        Decision decision = decisions.ofApplication(id).orElseThrow();

        assertThat(decision.outcome()).isEqualTo(Recommendation.GRANT);
        assertThat(decision.grantedPerYear()).containsExactly(Map.entry(2027, amount("30000")));
        assertThat(decisions.objectionOf(id)).hasValueSatisfying(objection -> {
            assertThat(objection.outcome()).isEqualTo(ObjectionOutcome.UPHELD);
            assertThat(objection.grounds()).isEqualTo("Ons plan is volledig.");
        });
    }
}
