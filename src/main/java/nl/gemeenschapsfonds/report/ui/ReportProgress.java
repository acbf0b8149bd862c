package nl.gemeenschapsfonds.report.ui;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.submission.ApplicationProgress;
import nl.gemeenschapsfonds.submission.ApplicationProgress.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reports (due or submitted) and the settlement on the applicant's timeline. */
@org.springframework.stereotype.Component
class ReportProgress implements ApplicationProgress {

    private final ReportService reports;
    private final SettlementService settlements;
    private final Translations translations;

    ReportProgress(ReportService reports, SettlementService settlements, Translations translations) {
        this.reports = reports;
        this.settlements = settlements;
        this.translations = translations;
    }

    @Override
    public List<Entry> timeline(long applicationId, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        for (ObligationItem report : reports.myObligations(applicationId)) {
            String kind = report.kind() == ReportKind.FINAL ? translations.get(locale, "report.kind.FINAL")
                    : translations.get(locale, "report.kind.PROGRESS.year", String.valueOf(report.year()));
            if (report.submittedAt() != null) {
                LocalDate submitted = LocalDate.ofInstant(report.submittedAt(), Formats.ZONE);
                entries.add(new Entry(submitted, translations.get(locale, "timeline.reportSubmitted", kind,
                        Formats.date(submitted, locale)), false, Step.REPORT, report.submittedAt()));
            }
            if (report.status().editable()) {
                entries.add(new Entry(report.currentDue(), translations.get(locale, "timeline.reportDue", kind,
                        Formats.date(report.currentDue(), locale)), true, Step.REPORT));
            }
        }
        settlements.mySettlement(applicationId).ifPresent(settlement -> entries.add(new Entry(settlement.decisionDate(),
                translations.get(locale, "timeline.settled", Formats.date(settlement.decisionDate(), locale),
                        Formats.money(settlement.settled(), locale)), false, Step.SETTLEMENT)));
        return entries;
    }
}
