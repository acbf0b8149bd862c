package nl.gemeenschapsfonds.payment;

/** A call that has payments, for the filter. */
public record CallOption(long id, String titleNl, String titleEn) {

    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }
}
