package nl.gemeenschapsfonds.fund;

import java.util.Locale;

/**
 * One choice of a choice question, in Dutch and English. Its Dutch text is what an answer stores and what a
 * condition or an eligibility rule compares with; within one version of the questions it does not change.
 */
public record Choice(String nl, String en) {

    public Choice {
        nl = nl == null ? "" : nl.strip();
        en = en == null || en.isBlank() ? nl : en.strip();
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }

    /** The value an answer stores. */
    public String value() {
        return nl;
    }
}
