package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A call as other modules read it ({@link Funds}): its titles and status, the fund and authority it belongs to, and
 * the settings that decisions, reports and settlements take from it.
 *
 * @param finalReportWeeks          weeks after the project's end that the final report is due
 * @param accountantStatementAbove  a grant above this total needs an accountant's statement with its report (none: never)
 * @param settleAtOnceUpTo          a grant up to this total is settled with the decision itself (none: never)
 */
public record CallFacts(long id, long fundId, String fundName, AuthorityFacts authority, String titleNl, String titleEn,
                        CallStatus status, LocalDate openDate, LocalDate closeDate, int decisionWeeks,
                        int objectionWeeks, int finalReportWeeks, BigDecimal accountantStatementAbove,
                        BigDecimal settleAtOnceUpTo) {

    public long authorityId() {
        return authority.id();
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }
}
