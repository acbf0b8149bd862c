package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.gemeenschapsfonds.test.Applications.amount;

/**
 * A grant decided through the real services with advance payments: a new authority, an open call
 * (2027 and 2028), an application asking 40.000 in 2027 and 20.000 in 2028, granted as asked by the
 * authority's decision maker with three advances: 10.000 (due in a week, 2027), 15.000 (due in a
 * month, 2027) and 20.000 (due in a year, 2028).
 */
@Component
public class GrantWithAdvances {

    public static final BigDecimal FIRST = amount("10000"), SECOND = amount("15000"), THIRD = amount("20000");

    private final TestAuthorities authorities;
    private final Applications applications;
    private final DecisionService decisions;
    private final Clock clock;

    GrantWithAdvances(TestAuthorities authorities, Applications applications, DecisionService decisions, Clock clock) {
        this.authorities = authorities;
        this.applications = applications;
        this.decisions = decisions;
        this.clock = clock;
    }

    public record Grant(Staff staff, long callId, long applicationId, String applicant) {
    }

    public Grant create(String authorityName) throws Exception {
        Staff staff = authorities.newAuthority(authorityName);
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(
                Map.of(2027, amount("100000"), 2028, amount("100000"))));
        return grantIn(staff, call);
    }

    /** A grant in a new authority with one advance of {@link #FIRST}, due on {@code dueOn} against {@code year}. */
    public Grant createWithAdvanceDueOn(String authorityName, LocalDate dueOn, int year) throws Exception {
        Staff staff = authorities.newAuthority(authorityName);
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(
                Map.of(2027, amount("100000"), 2028, amount("100000"))));
        String applicant = authorities.newApplicant("Dorpshuis");
        Map<Integer, BigDecimal> asked = Map.of(2027, amount("40000"), 2028, amount("20000"));
        long id = applications.awaitingDecision(staff, applicant, call, asked, 8);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(asked), "Volgens de regeling.", "Eindverslag binnen drie maanden.", null,
                List.of(new DecisionForm.Advance(dueOn, year, FIRST)), null, "Draagt bij aan ontmoeting in de buurt.")));
        return new Grant(staff, call, id, applicant);
    }

    /** One more grant in the same call. */
    Grant grantIn(Staff staff, long call) throws Exception {
        String applicant = authorities.newApplicant("Dorpshuis");
        Map<Integer, BigDecimal> asked = Map.of(2027, amount("40000"), 2028, amount("20000"));
        long id = applications.awaitingDecision(staff, applicant, call, asked, 8);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(asked), "Volgens de regeling.", "Eindverslag binnen drie maanden.", null,
                List.of(new DecisionForm.Advance(today.plusWeeks(1), 2027, FIRST),
                        new DecisionForm.Advance(today.plusMonths(1), 2027, SECOND),
                        new DecisionForm.Advance(today.plusYears(1), 2028, THIRD)),
                null, "Draagt bij aan ontmoeting in de buurt.")));
        return new Grant(staff, call, id, applicant);
    }
}
