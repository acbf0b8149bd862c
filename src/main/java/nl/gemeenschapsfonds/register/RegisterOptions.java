package nl.gemeenschapsfonds.register;

import java.util.List;
import java.util.Locale;

/** What the register's filters offer: only values that occur in it. */
public record RegisterOptions(List<Option> authorities, List<CallOption> calls, List<Integer> years, List<Option> municipalities) {

    public record Option(String code, String nameNl, String nameEn) {
    }

    public record CallOption(long id, String titleNl, String titleEn, String authorityCode) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
        }
    }
}
