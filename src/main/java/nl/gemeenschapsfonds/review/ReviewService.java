package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.GrantApplication;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One application for its reviewers and decision makers, and the authority's internal notes on it. */
@Service
public class ReviewService {

    public record Note(String author, String text, Instant createdAt) {
    }

    private final ReviewAccess access;
    private final CallCatalogue calls;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserAccounts users;
    private final Organisations organisations;

    ReviewService(ReviewAccess access, CallCatalogue calls, JdbcClient jdbc, CurrentUser currentUser, Clock clock,
                  UserAccounts users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
        this.access = access;
        this.calls = calls;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A submitted application of the user's authority; another authority's is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public ReviewCase reviewCase(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        String organisation = organisations.organisation(application.getOrganisationId()).orElseThrow().legalName();
        return new ReviewCase(application.getId(), application.getReference(), application.getStatus(), organisation,
                application.getSubmittedAt(), application.getDecisionDue(), application.getAmountRequested(),
                application.toDraft(), calls.terms(application.getCallId()), application.getAssignedReviewer());
    }

    /**
     * Who has the application in hand, as colleagues know them: the reviewer's name (their e-mail
     * address when the account is gone), and whether it is the signed-in user.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Optional<Assignee> assignee(long applicationId) {
        String email = access.inMyAuthority(applicationId).getAssignedReviewer();
        if (email == null) {
            return Optional.empty();
        }
        String name = users.findByEmail(email).map(AppUser::getDisplayName).filter(n -> !n.isBlank()).orElse(email);
        return Optional.of(new Assignee(name, email.equalsIgnoreCase(currentUser.actorName())));
    }

    /** The reviewer an application is assigned to. */
    public record Assignee(String name, boolean me) {
    }

    /** Internal notes, oldest first. Never shown to the applicant or a funder. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<Note> notes(long applicationId) {
        access.inMyAuthority(applicationId);
        return jdbc.sql("select author, note_text, created_at from internal_note where application_id = ? order by created_at, id")
                .param(applicationId)
                .query((rs, row) -> new Note(rs.getString("author"), rs.getString("note_text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public void addNote(long applicationId, String text) {
        access.inMyAuthority(applicationId);
        if (text == null || text.isBlank()) {
            throw new nl.gemeenschapsfonds.base.InvalidInputException("note", "validation.required");
        }
        if (text.length() > 4000) {
            throw new nl.gemeenschapsfonds.base.InvalidInputException("note", "validation.tooLong", 4000);
        }
        jdbc.sql("insert into internal_note (application_id, author, note_text, created_at) values (?, ?, ?, ?)")
                .params(applicationId, currentUser.actorName(), text.trim(), Timestamp.from(clock.instant())).update();
    }
}
