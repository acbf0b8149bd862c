package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.organisation.OrganisationProfiles;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.fund.CallTerms;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * All submission rules together: the rules on the application's content ({@link SubmissionRules})
 * and those on what lives elsewhere — the attachments, the organisation's profile, the account.
 */
@Component
class SubmissionChecks {

    private final OrganisationProfiles organisations;
    private final AttachmentService attachments;
    private final CurrentUser currentUser;
    private final ApplicationAnswers answers;

    SubmissionChecks(OrganisationProfiles organisations, AttachmentService attachments, CurrentUser currentUser,
                     ApplicationAnswers answers) {
        this.answers = answers;
        this.organisations = organisations;
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    List<Problem> all(GrantApplication application, CallTerms call, LocalDate today) {
        List<Problem> problems = new ArrayList<>(SubmissionRules.check(application.toDraft(), call, today));
        problems.addAll(answers.problems(application));
        for (AttachmentKind kind : attachments.missingRequiredKinds(application.getId())) {
            problems.add(new Problem("attachments", "submit.attachmentMissing",
                    new InvalidInputException.Key("attachment.kind." + kind.name())));
        }
        for (String missing : organisations.missingFields(application.getOrganisationId())) {
            problems.add(new Problem("organisation", "submit.organisationIncomplete", new InvalidInputException.Key(missing)));
        }
        if (!currentUser.isEmailConfirmed()) {
            problems.add(new Problem("account", "submit.emailNotConfirmed"));
        }
        return problems;
    }
}
