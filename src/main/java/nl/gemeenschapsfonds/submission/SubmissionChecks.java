package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
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

    List<Problem> all(GrantApplication application, CallTerms call, LocalDate today) {
        return new ArrayList<>(SubmissionRules.check(application.toDraft(), call, today));
    }
}
