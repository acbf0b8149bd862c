package nl.gemeenschapsfonds.review;

import java.util.Locale;

/** A call to narrow the work queue to: no more than the filter shows, so a session holds little. */
public record WorkQueueCall(long id, String titleNl, String titleEn) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }
}
