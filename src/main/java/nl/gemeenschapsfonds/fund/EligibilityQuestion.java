package nl.gemeenschapsfonds.fund;

import java.util.List;
import java.util.Locale;

/**
 * A question of a call's eligibility check (issue 21 item 2, ADR 0026): a yes/no question (no choices) or a choice
 * of a list, with the answers that make an applicant ineligible ({@code ineligibleWhen}, stored values: "yes"/"no"
 * or a choice's Dutch text) and why, in Dutch and English ("U komt niet in aanmerking, omdat …").
 */
public record EligibilityQuestion(String key, String questionNl, String questionEn, List<Choice> choices,
                                  List<String> ineligibleWhen, String reasonNl, String reasonEn) {

    public static final String YES = "yes";
    public static final String NO = "no";

    public EligibilityQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
        ineligibleWhen = ineligibleWhen == null ? List.of() : List.copyOf(ineligibleWhen);
    }

    /** A yes/no question has no choices of its own. */
    public boolean yesNo() {
        return choices.isEmpty();
    }

    /** The stored values an answer may have. */
    public List<String> values() {
        return yesNo() ? List.of(YES, NO) : choices.stream().map(Choice::value).toList();
    }

    public String question(Locale locale) {
        return "en".equals(locale.getLanguage()) && questionEn != null && !questionEn.isBlank() ? questionEn : questionNl;
    }

    public String reason(Locale locale) {
        return "en".equals(locale.getLanguage()) && reasonEn != null && !reasonEn.isBlank() ? reasonEn : reasonNl;
    }
}
