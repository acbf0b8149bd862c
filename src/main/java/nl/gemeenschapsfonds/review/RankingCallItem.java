package nl.gemeenschapsfonds.review;

import java.time.LocalDate;
import java.util.Locale;

/** A closed call with allocation by ranking, as a row in the decision maker's list of rankings. */
public record RankingCallItem(long callId, String titleNl, String titleEn, LocalDate closeDate, long awaitingDecision) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }
}
