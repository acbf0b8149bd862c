package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.ReviewSettings;
import nl.gemeenschapsfonds.review.WorkQueueCall;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.review.WorkQueueService;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo's review by several reviewers (issue 21.3): the main call "Ontmoetingsplekken 2027" needs two assessments,
 * a second opinion when two total scores lie more than 15 points apart, and at most 25 of its applications per
 * reviewer; Bram Jansen leads the reviewers, Sanne de Vries is his colleague, and the application that awaits the
 * decision has both their assessments. Through the real services, signed in as the demo users; runs once, after
 * {@link DemoDataLoader}.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(30)
class DemoReview implements ApplicationRunner {

    static final String MAIN_CALL = "Ontmoetingsplekken 2027";

    private final DemoDataLoader demo;
    private final AssignmentService assignments;
    private final WorkQueueService workQueue;

    DemoReview(DemoDataLoader demo, AssignmentService assignments, WorkQueueService workQueue) {
        this.demo = demo;
        this.assignments = assignments;
        this.workQueue = workQueue;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        WorkQueueCall call = demo.as("beoordelaar", () -> workQueue.calls()).stream()
                .filter(c -> MAIN_CALL.equals(c.titleNl())).findFirst().orElse(null);
        if (call == null || demo.as("beheerder", () -> assignments.settings(call.id())).assessmentsRequired() > 1) {
            return; // no demo data, or done before
        }
        demo.colleague("beoordelaar", "beoordelaar2", "Sanne de Vries");
        demo.as("beheerder", () -> {
            assignments.setLead("beoordelaar" + DemoDataLoader.DOMAIN, true);
            return assignments.saveSettings(new ReviewSettings(call.id(), 2, new BigDecimal("15"), 25));
        });
        List<WorkQueueItem> awaiting = demo.as("budgethouder", () -> workQueue.page(new WorkQueueFilter(
                ApplicationStatus.AWAITING_DECISION, call.id(), null, null, false, false, false), PageRequest.of(0, 10)).getContent());
        for (WorkQueueItem item : awaiting) {
            demo.assessed(item.id(), "beoordelaar2", "76.00", "Goed plan; de begroting van de keuken is wat ruim.");
        }
    }
}
