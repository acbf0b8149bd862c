package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.submission.ApplicationAnswers;
import nl.gemeenschapsfonds.submission.CoApplicants;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Builds submission's read-only sections of an application for the authority's page (the review module's view has
 * this bean injected): the answers to the call's own questions and the partner organisations. The services come in
 * through the constructor, not by looking them up while a section is built (issue 19).
 */
@Component
@NamedInterface("sections")
public class ApplicationSections {

    private final ApplicationAnswers answers;
    private final CoApplicants coApplicants;

    ApplicationSections(ApplicationAnswers answers, CoApplicants coApplicants) {
        this.answers = answers;
        this.coApplicants = coApplicants;
    }

    /** The call's questions and eligibility answers as the authority's reviewers and decision makers see them. */
    public CallAnswersSection callAnswersForStaff(long applicationId) {
        return new CallAnswersSection(answers.forStaff(applicationId), true);
    }

    /** The partner organisations as the authority's reviewers and decision makers see them. */
    public CoApplicantsSection coApplicantsForStaff(long applicationId) {
        return new CoApplicantsSection(coApplicants.forStaff(applicationId), true);
    }
}
