package nl.gemeenschapsfonds.cofinancing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/**
 * A co-financing condition not yet fulfilled: the application granted on it and the date by which the missing
 * co-financing must be confirmed. It maps the database view {@code cofinancing_condition_open} (V79), cofinancing's
 * published read model (docs/adr/0023-module-ownership.md, rule 3), so that review's work-queue page can mark a grant
 * whose date has passed in the page's one statement. Read-only; JPQL only
 * ({@code exists (select 1 from nl.gemeenschapsfonds.cofinancing.OpenCoFinancingCondition c where c.applicationId = a.id
 * and c.dueOn < :today)}). Java callers use {@link CoFinancingConditions}.
 */
@Entity
@Immutable
@Table(name = "cofinancing_condition_open")
public class OpenCoFinancingCondition {

    @Id
    private Long applicationId;
    private LocalDate dueOn;

    protected OpenCoFinancingCondition() {
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
