package nl.gemeenschapsfonds.records;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a month, on one node of the cluster (ShedLock), proposes a destruction list for every authority that has
 * applications whose destruction date has come and no list open. Nothing is destroyed here: two administrators
 * confirm and approve the list (docs/adr/0024-retention-and-destruction.md).
 */
@Component
public class DestructionJob {

    private static final Logger log = LoggerFactory.getLogger(DestructionJob.class);

    private final RetentionCases cases;
    private final DestructionService destruction;

    DestructionJob(RetentionCases cases, DestructionService destruction) {
        this.cases = cases;
        this.destruction = destruction;
    }

    @Scheduled(cron = "${app.destruction.cron:0 30 6 1 * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "destruction-list-proposal", lockAtLeastFor = "PT5M")
    public void monthly() {
        log.info("Destruction lists proposed: {}", proposeDueLists());
    }

    /** Proposes the lists that are due today; answers how many were proposed. A system job: no signed-in user. */
    @Transactional
    public int proposeDueLists() {
        int proposed = 0;
        for (long authority : cases.authoritiesWithClosedCases()) {
            if (destruction.proposeAsSystem(authority).isPresent()) {
                proposed++;
            }
        }
        return proposed;
    }
}
