package nl.gemeenschapsfonds.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One application as its detail page shows it to the applicant. */
public record ApplicationDetail(long id, String reference, String title, String callTitleNl, String callTitleEn,
                                String authorityName, ApplicationStatus status, BigDecimal amountRequested,
                                Instant submittedAt, LocalDate decisionDue, Instant withdrawnAt, Instant updatedAt,
                                boolean editable, boolean withdrawable, long version) {

    public String callTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) ? callTitleEn : callTitleNl;
    }
}
