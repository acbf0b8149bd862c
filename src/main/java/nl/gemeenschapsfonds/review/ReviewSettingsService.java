package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrator's screen on how the authority's calls are reviewed (issue 21.3): a call's review settings, checked
 * at their fields, and which reviewers lead the review. Only calls of the administrator's own authority; the rules and
 * the audit stay in {@link AssignmentService}.
 */
@Service
public class ReviewSettingsService {

    private final AssignmentService assignments;
    private final JdbcClient jdbc;

    ReviewSettingsService(AssignmentService assignments, JdbcClient jdbc) {
        this.assignments = assignments;
        this.jdbc = jdbc;
    }

    /** The review settings of a call of the administrator's authority, as the form shows them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ReviewSettingsForm settings(long callId) {
        return ReviewSettingsForm.of(assignments.settings(callId));
    }

    /**
     * Saves a call's review settings; a value out of range is refused at its field ({@link InvalidInputException})
     * and nothing is saved. Applies from now on to the call's applications that have no decision yet.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ReviewSettingsForm save(long callId, ReviewSettingsForm form) {
        List<Problem> problems = ReviewSettingsPolicy.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ReviewSettingsForm.of(assignments.saveSettings(ReviewSettingsPolicy.settings(callId, form)));
    }

    /** The reviewers of the administrator's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AssignmentService.Reviewer> reviewers() {
        return assignments.reviewers();
    }

    /** Which of the authority's reviewers lead the review (they assign reviewers and set the review settings). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Set<String> leads() {
        Set<String> leads = new TreeSet<>(jdbc.sql("select email from review_lead").query(String.class).list());
        leads.retainAll(assignments.reviewers().stream().map(r -> r.email().toLowerCase(Locale.ROOT)).toList());
        return leads;
    }

    /** Makes a reviewer of the authority the reviewers' lead, or no longer (audited by {@link AssignmentService}). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setLead(String reviewerEmail, boolean lead) {
        assignments.setLead(reviewerEmail, lead);
    }
}
