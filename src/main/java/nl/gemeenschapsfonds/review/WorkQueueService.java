package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work queue of reviewers and decision makers: the submitted applications of their own authority. */
@Service
public class WorkQueueService {

    private final WorkQueueRepository queue;
    private final CurrentUser currentUser;

    WorkQueueService(WorkQueueRepository queue, CurrentUser currentUser) {
        this.queue = queue;
        this.currentUser = currentUser;
    }

    /** One page of the queue, in the order the pageable asks (by default: decision due date first). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Slice<WorkQueueItem> page(Pageable pageable) {
        return queue.findForAuthority(currentUser.require().requireAuthority(), pageable);
    }
}
