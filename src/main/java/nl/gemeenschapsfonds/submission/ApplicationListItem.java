package nl.gemeenschapsfonds.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** An application as a row in the applicant's list. */
public record ApplicationListItem(long id, String reference, String title, String callTitleNl, String callTitleEn,
                                  ApplicationStatus status, BigDecimal amountRequested, Instant submittedAt,
                                  LocalDate decisionDue, Instant updatedAt) {

    public String callTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) ? callTitleEn : callTitleNl;
    }
}
