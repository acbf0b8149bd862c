package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The work queue of reviewers and decision makers: the submitted applications of their own authority. */
@Service
public class WorkQueueService {

    private final WorkQueueQuery queue;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final WorkQueueExport export;

    WorkQueueService(WorkQueueQuery queue, AuditTrail audit, CurrentUser currentUser, Clock clock, WorkQueueExport export) {
        this.export = export;
        this.queue = queue;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the queue, filtered and in the order the pageable asks (by default: decision due date first). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Slice<WorkQueueItem> page(WorkQueueFilter filter, Pageable pageable) {
        return page(filter, pageable, null);
    }

    /**
     * The page that follows {@code after}, the last row of the previous page under the same filter and
     * order (as a Grid scrolls on): read from that row's sort key on instead of counting past every
     * earlier row, so deep pages cost what the first does. With {@code after} null, the page at the
     * pageable's offset. Only rows of the user's own authority, whatever {@code after} holds.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Slice<WorkQueueItem> page(WorkQueueFilter filter, Pageable pageable, WorkQueueItem after) {
        SignedInUser user = currentUser.require();
        return queue.page(user.requireAuthority(), filter, user.email(), today(), pageable, after); // one statement
    }

    /** The first page without filters: the reviewer's home. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Slice<WorkQueueItem> page(Pageable pageable) {
        return page(WorkQueueFilter.none(), pageable);
    }

    /** The calls of the user's authority that the queue can be narrowed to (published or closed), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<WorkQueueCall> calls() {
        return queue.calls(currentUser.require().requireAuthority());
    }

    /**
     * All rows of the filter (or, with {@code only}, those of the filter among these ids), read page by page from the
     * last row on (keyset), in the order of the decision due date: for an export and for acting on "all rows of the
     * current filter". Only rows of the user's authority.
     */
    private List<WorkQueueItem> all(WorkQueueFilter filter, java.util.Collection<Long> only) {
        SignedInUser user = currentUser.require();
        List<WorkQueueItem> rows = new java.util.ArrayList<>();
        org.springframework.data.domain.PageRequest pageable = org.springframework.data.domain.PageRequest.of(0, EXPORT_PAGE,
                org.springframework.data.domain.Sort.by("decisionDue"));
        WorkQueueItem after = null;
        Slice<WorkQueueItem> page;
        do {
            page = queue.page(user.requireAuthority(), filter, user.email(), today(), pageable, after, only);
            rows.addAll(page.getContent());
            after = page.getContent().isEmpty() ? null : page.getContent().getLast();
            pageable = pageable.next();
        } while (page.hasNext() && rows.size() < EXPORT_LIMIT);
        return rows;
    }

    private static final int EXPORT_PAGE = 500;
    /** An export or a bulk action takes at most this many rows: a larger queue is narrowed with a filter first. */
    public static final int EXPORT_LIMIT = 50_000;

    /** The ids of all rows of the filter (for "select all rows of the filter"), in the queue's default order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<Long> ids(WorkQueueFilter filter) {
        return all(filter, null).stream().map(WorkQueueItem::id).toList();
    }

    /**
     * The filtered queue as a CSV or XLSX file: all its rows, or with {@code only} the selected ones among them.
     * Audited (who exported how many rows), as the file leaves the application.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public byte[] export(WorkQueueFilter filter, java.util.Collection<Long> only, WorkQueueExport.Format format,
                         java.util.Locale language) {
        List<WorkQueueItem> rows = all(filter, only);
        audit.record("WORK_QUEUE_EXPORTED", "WorkQueue", currentUser.require().requireAuthority(), null,
                rows.size() + " rows " + format, filter.toString());
        return export.write(rows, format, language);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
