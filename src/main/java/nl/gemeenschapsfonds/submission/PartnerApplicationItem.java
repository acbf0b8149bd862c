package nl.gemeenschapsfonds.submission;

import java.time.Instant;
import java.util.Locale;

/** A submitted application the applicant's organisation is co-applicant of, for its "Partner in" list (issue 21). */
public record PartnerApplicationItem(long id, String reference, String title, String callTitleNl, String callTitleEn,
                                     ApplicationStatus status, String leadOrganisation, String role, Instant submittedAt) {

    public String callTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) ? callTitleEn : callTitleNl;
    }
}
