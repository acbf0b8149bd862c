package nl.gemeenschapsfonds.records;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The destruction list (docs/adr/0024-retention-and-destruction.md): the applications of an authority whose
 * destruction date has come and that have no legal hold. The monthly job (or an administrator) proposes it, an
 * administrator confirms it and a different administrator approves it; the database refuses an approval by whoever
 * confirmed. Approval publishes {@link ApplicationRecordsDestroyed} per application, on which every module deletes its
 * own personal data, and writes one audit entry of the destruction without personal data. Applications from before the
 * records module are taken in by {@link RetentionAdoption}.
 */
@Service
public class DestructionService {

    private final RetentionCases cases;
    private final DestructionLists lists;
    private final RetentionService retention;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DestructionService(RetentionCases cases, DestructionLists lists, RetentionService retention, CurrentUser currentUser,
                       AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.lists = lists;
        this.retention = retention;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The applications of the administrator's authority that are due today and on no open list. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<DestructionList.Item> dueNow() {
        long authority = myAuthority();
        java.util.Set<Long> listed = lists.ofAuthority(authority).stream()
                .filter(list -> list.status() == DestructionStatus.PROPOSED || list.status() == DestructionStatus.CONFIRMED)
                .flatMap(list -> list.items().stream()).map(DestructionList.Item::applicationId)
                .collect(Collectors.toSet());
        return due(authority, today()).stream().filter(item -> !listed.contains(item.applicationId())).toList();
    }

    /**
     * The administrator proposes the list of what is due and confirms it in one step; another administrator approves.
     *
     * @throws InvalidInputException field "list": a list is open already, or nothing is due
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long propose() {
        long authority = myAuthority();
        if (lists.hasOpenList(authority)) {
            throw new InvalidInputException("list", "records.list.openExists");
        }
        List<DestructionList.Item> due = due(authority, today());
        if (due.isEmpty()) {
            throw new InvalidInputException("list", "records.list.nothingDue");
        }
        long id = lists.create(authority, DestructionStatus.CONFIRMED, currentUser.actorName(), clock.instant(), due);
        audit.record("DESTRUCTION_LIST_PROPOSED", "DestructionList", id, null, due.size() + " application(s)", null);
        return id;
    }

    /** Proposes the list of what is due for an authority, as the monthly job (no signed-in user); empty when none. */
    Optional<Long> proposeAsSystem(long authorityId) {
        if (lists.hasOpenList(authorityId)) {
            return Optional.empty();
        }
        List<DestructionList.Item> due = due(authorityId, today());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        long id = lists.create(authorityId, DestructionStatus.PROPOSED, currentUser.actorName(), clock.instant(), due);
        audit.record("DESTRUCTION_LIST_PROPOSED", "DestructionList", id, null, due.size() + " application(s)", null);
        return Optional.of(id);
    }

    /** An administrator confirms a list the job proposed; a different administrator then approves it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void confirm(long listId) {
        myList(listId);
        if (!lists.confirm(listId, currentUser.actorName(), clock.instant())) {
            throw new ConcurrentEditException("DestructionList " + listId);
        }
        audit.record("DESTRUCTION_LIST_CONFIRMED", "DestructionList", listId, "PROPOSED", "CONFIRMED", null);
    }

    /**
     * A second administrator approves the confirmed list: the records of each application on it that is still due (no
     * hold was set since) are destroyed, by every module in this transaction.
     *
     * @throws FourEyesRefusedException when the approver confirmed the list
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int approve(long listId) {
        DestructionList list = myList(listId);
        String approver = currentUser.actorName();
        if (list.confirmedBy() != null && list.confirmedBy().equalsIgnoreCase(approver)) {
            throw new FourEyesRefusedException(listId);
        }
        Instant now = clock.instant();
        if (!lists.approve(listId, approver, now)) {
            throw new ConcurrentEditException("DestructionList " + listId);
        }
        List<String> destroyed = new ArrayList<>();
        for (DestructionList.Item item : list.items()) {
            RetentionCase current = cases.find(item.applicationId()).orElseThrow();
            if (current.onHold() || current.destroyed()) {
                lists.removeItem(listId, item.applicationId()); // a hold set after the list was made suspends it
                continue;
            }
            events.publishEvent(new ApplicationRecordsDestroyed(item.applicationId(), item.reference(), listId));
            cases.destroyed(item.applicationId(), listId, now);
            destroyed.add(item.reference());
        }
        // written after the modules' listeners, which clear audit texts naming a destroyed reference
        audit.record("RECORDS_DESTROYED", "DestructionList", listId, null,
                "proposed by " + list.proposedBy() + " at " + list.proposedAt() + "; confirmed by " + list.confirmedBy()
                        + " at " + list.confirmedAt() + "; approved by " + approver + " at " + now + "; destroyed: "
                        + String.join(", ", destroyed), null);
        return destroyed.size();
    }

    /** Cancels an open list (nothing is destroyed; the next proposal starts again). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void cancel(long listId) {
        myList(listId);
        if (!lists.cancel(listId)) {
            throw new ConcurrentEditException("DestructionList " + listId);
        }
        audit.record("DESTRUCTION_LIST_CANCELLED", "DestructionList", listId, null, "CANCELLED", null);
    }

    /** The destruction lists of the administrator's authority, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<DestructionList> lists() {
        return lists.ofAuthority(myAuthority());
    }

    /** One list of the administrator's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public DestructionList list(long listId) {
        return myList(listId);
    }

    List<DestructionList.Item> due(long authorityId, LocalDate today) {
        return cases.closedNotDestroyed(authorityId).stream()
                .filter(c -> retention.policyOf(c.fundId()).due(c.outcome(), c.closedOn(), c.onHold(), today))
                .map(c -> new DestructionList.Item(c.applicationId(), c.reference(), c.outcome(), c.closedOn(),
                        retention.policyOf(c.fundId()).destroyOn(c.outcome(), c.closedOn()).orElseThrow()))
                .collect(Collectors.toList());
    }

    private DestructionList myList(long listId) {
        return lists.find(listId).filter(list -> list.authorityId() == myAuthority())
                .orElseThrow(() -> new NotFoundException("DestructionList", listId));
    }

    private long myAuthority() {
        return currentUser.require().requireAuthority();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
