package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Applies {@link FourEyesPolicy} and {@link DecisionPolicy} to a decision on an application, with the facts they need
 * (who assessed it, whether its co-financing rules are met, today), for {@link DecisionService#decide} and
 * {@link DecisionService#check} alike.
 */
@Component
class DecisionChecks {

    private final AssessmentService assessments;
    private final PledgeService pledges;
    private final CurrentUser currentUser;
    private final Clock clock;

    DecisionChecks(AssessmentService assessments, PledgeService pledges, CurrentUser currentUser, Clock clock) {
        this.assessments = assessments;
        this.pledges = pledges;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The policy for a decision on this application today. */
    DecisionPolicy policy(GrantApplication application) {
        return new DecisionPolicy(application.plan().grantPerYear(), LocalDate.ofInstant(clock.instant(), Formats.ZONE));
    }

    /** Throws {@link InvalidInputException} when the signed-in user may not take this decision, or it is not complete. */
    void refuseInvalid(GrantApplication application, DecisionForm form) {
        String me = currentUser.actorName();
        if (!FourEyesPolicy.mayDecide(me, assessments.assessors(form.applicationId()))) {
            throw new InvalidInputException("decision", "decision.fourEyes");
        }
        switch (assessments.policy(application).verdict(assessments.completedScores(application.getId()))) {
            case INCOMPLETE -> throw new InvalidInputException("decision", "decision.assessmentsIncomplete",
                    assessments.policy(application).required());
            case SECOND_OPINION_NEEDED -> throw new InvalidInputException("decision", "decision.secondOpinionNeeded");
            case COMPLETE -> {
            }
        }
        List<Problem> problems = policy(application).problems(form, () -> pledges.matching(application.getId()).allMet());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
