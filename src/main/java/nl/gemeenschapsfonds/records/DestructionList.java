package nl.gemeenschapsfonds.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A destruction list with its items: who proposed, confirmed and approved it, and when. No personal data. */
public record DestructionList(long id, long authorityId, DestructionStatus status, Instant proposedAt, String proposedBy,
                              String confirmedBy, Instant confirmedAt, String approvedBy, Instant approvedAt,
                              List<Item> items) {

    public DestructionList {
        items = List.copyOf(items);
    }

    /** An application on the list: its reference, outcome, the day it closed and the day it could be destroyed. */
    public record Item(long applicationId, String reference, RetentionOutcome outcome, LocalDate closedOn, LocalDate destroyOn) {
    }
}
