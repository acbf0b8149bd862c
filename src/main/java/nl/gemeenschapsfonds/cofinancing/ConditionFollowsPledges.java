package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * A co-financing condition follows the money (issue 22 item 6): reacting to a pledge step that changes what counts — a
 * receipt (the amount received replaces the amount pledged) or a withdrawal — the condition of the grant is checked
 * again ({@link CoFinancingConditions#reevaluate}), in the transaction of the step.
 */
@Component
class ConditionFollowsPledges {

    private static final Set<PledgeStepTaken.Step> CHANGE_WHAT_COUNTS = Set.of(PledgeStepTaken.Step.RECEIVED,
            PledgeStepTaken.Step.WITHDRAWN);

    private final CoFinancingConditions conditions;
    private final ProjectFigures figures;
    private final ApplicationScope applications;

    ConditionFollowsPledges(CoFinancingConditions conditions, ProjectFigures figures, ApplicationScope applications) {
        this.conditions = conditions;
        this.figures = figures;
        this.applications = applications;
    }

    @EventListener
    void onPledgeStep(PledgeStepTaken step) {
        if (!CHANGE_WHAT_COUNTS.contains(step.step())) {
            return;
        }
        GrantApplication application = applications.byId(step.applicationId());
        conditions.reevaluate(application, () -> figures.matching(application));
    }
}
