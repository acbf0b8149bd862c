package nl.gemeenschapsfonds.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A reviewer assigned to an application, as the work queue's JPQL asks "assigned to me" and counts the reviewers of a
 * row in the same statement. Written with SQL by {@link AssignmentService} only; read-only here.
 */
@Entity
@Immutable
@Table(name = "review_assignment")
class ReviewAssignment {

    @Id
    private Long id;
    private Long applicationId;
    private Long callId;
    private String reviewer;

    protected ReviewAssignment() {
    }
}
