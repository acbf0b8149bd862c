package nl.gemeenschapsfonds.report;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import nl.gemeenschapsfonds.submission.ApplicationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every morning the applicant gets a mail 30 days and 7 days before a report is due. Each reminder is sent once:
 * the job marks it with a conditional UPDATE before it mails, so a second run (or a second node, should the
 * {@code shedlock} lock ever be missed) finds it marked. A report first seen within 7 days gets only the 7-day mail.
 * When a reviewer asked for more, the applicant gets one more mail {@value #MORE} days before that term ends
 * (marked the same way). The applicant's address comes from submission's {@link ApplicationSummaries}, read once for
 * all due reports (a system job has no signed-in user). The schedule is {@code app.report-reminders.cron} ({@code -} switches it off, as in the tests).
 */
@Component
public class ReportReminders {

    static final int FIRST = 30;
    static final int SECOND = 7;
    static final int MORE = 3;

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    private final JdbcClient jdbc;
    private final ApplicationSummaries applications;
    private final Mailer mailer;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final Translations translations;
    private final Clock clock;

    ReportReminders(JdbcClient jdbc, ApplicationSummaries applications, Mailer mailer, Translations translations, Clock clock, nl.gemeenschapsfonds.security.Salutations salutations) {
        this.salutations = salutations;
        this.jdbc = jdbc;
        this.applications = applications;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.report-reminders.cron:0 15 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "report-deadline-reminders", lockAtLeastFor = "PT5M")
    public void daily() {
        log.info("Report deadline reminders: {} mail(s) sent", sendReminders());
    }

    /** Sends the reminders that are due today; answers how many mails were sent. A system job: no signed-in user. */
    @Transactional
    public int sendReminders() {
        return sendReminders(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
    }

    /** As {@link #sendReminders()}, as if today were {@code today}. */
    @Transactional
    public int sendReminders(LocalDate today) {
        List<Due> due = addressed(jdbc.sql("""
                        select r.id, r.application_id, r.kind, r.period_year, r.due_on, r.reminded_30_at
                        from report_obligation r
                        where r.status = 'OPEN' and r.due_on between ? and ? and (r.reminded_7_at is null)
                        order by r.due_on, r.id""")
                .params(Date.valueOf(today), Date.valueOf(today.plusDays(FIRST)))
                .query((rs, row) -> new Open(rs.getLong("id"), rs.getLong("application_id"),
                        ReportKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("period_year"),
                        rs.getDate("due_on").toLocalDate(), rs.getTimestamp("reminded_30_at") != null))
                .list());
        int sent = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (Due report : due) {
            long days = ChronoUnit.DAYS.between(today, report.dueOn());
            int claimed;
            if (days <= SECOND) {
                claimed = jdbc.sql("update report_obligation set reminded_7_at = ?, reminded_30_at = coalesce(reminded_30_at, ?) "
                        + "where id = ? and reminded_7_at is null").params(now, now, report.id()).update();
            } else if (!report.first()) {
                claimed = jdbc.sql("update report_obligation set reminded_30_at = ? where id = ? and reminded_30_at is null")
                        .params(now, report.id()).update();
            } else {
                claimed = 0;
            }
            if (claimed == 1) {
                mailer.send(mail(report, days).ofKind("report.mail.reminder.subject"));
                sent++;
            }
        }
        return sent + sendMoreReminders(today, now);
    }

    /** One reminder when the term to add to a report ends within {@value #MORE} days and nothing came in yet. */
    private int sendMoreReminders(LocalDate today, Timestamp now) {
        List<Due> due = addressed(jdbc.sql("""
                        select r.id, r.application_id, r.kind, r.period_year, r.more_due_on
                        from report_obligation r
                        where r.status = 'MORE_ASKED' and r.more_due_on between ? and ? and r.more_reminded_at is null
                        order by r.more_due_on, r.id""")
                .params(Date.valueOf(today), Date.valueOf(today.plusDays(MORE)))
                .query((rs, row) -> new Open(rs.getLong("id"), rs.getLong("application_id"),
                        ReportKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("period_year"),
                        rs.getDate("more_due_on").toLocalDate(), true))
                .list());
        int sent = 0;
        for (Due report : due) {
            int claimed = jdbc.sql("update report_obligation set more_reminded_at = ? "
                    + "where id = ? and more_reminded_at is null and status = 'MORE_ASKED'").params(now, report.id()).update();
            if (claimed == 1) {
                mailer.send(moreMail(report).ofKind("report.mail.moreReminder.subject"));
                sent++;
            }
        }
        return sent;
    }

    private Mail moreMail(Due report) {
        Locale language = Locale.of(report.locale() == null ? "nl" : report.locale());
        String kind = kind(report, language);
        String date = Formats.date(report.dueOn(), language);
        return new Mail(report.to(),
                translations.get(language, "report.mail.moreReminder.subject", kind.toLowerCase(language), report.reference(), date),
                salutations.greet(report.to(), language, translations.get(language, "report.mail.moreReminder.text",
                        kind.toLowerCase(language), report.reference(), report.title(), date)));
    }

    private String kind(Due report, Locale language) {
        return report.kind() == ReportKind.FINAL ? translations.get(language, "report.kind.FINAL")
                : translations.get(language, "report.kind.PROGRESS.year", String.valueOf(report.year()));
    }

    private Mail mail(Due report, long days) {
        Locale language = Locale.of(report.locale() == null ? "nl" : report.locale());
        String kind = kind(report, language);
        return new Mail(report.to(),
                translations.get(language, "report.mail.reminder.subject", kind, report.reference(), days),
                salutations.greet(report.to(), language, translations.get(language, "report.mail.reminder.text",
                        kind.toLowerCase(language), report.reference(), report.title(), Formats.date(report.dueOn(), language), days)));
    }

    /**
     * The reports with the applicant to write to, from submission's {@link ApplicationSummaries} (no signed-in user
     * needed; one query for all of them); a report whose application has no applicant address is left out.
     */
    private List<Due> addressed(List<Open> reports) {
        Map<Long, ApplicationSummary> summaries = applications.of(reports.stream().map(Open::applicationId)
                .collect(Collectors.toSet()));
        return reports.stream().flatMap(report -> Optional.ofNullable(summaries.get(report.applicationId()))
                .filter(application -> application.applicantEmail() != null)
                .map(application -> new Due(report.id(), report.kind(), report.year(), report.dueOn(), report.first(),
                        application.reference(), application.title(), application.applicantEmail(),
                        application.applicantLocale()))
                .stream()).toList();
    }

    /** A report of this module's own table that is due a reminder. */
    private record Open(long id, long applicationId, ReportKind kind, Integer year, LocalDate dueOn, boolean first) {
    }

    private record Due(long id, ReportKind kind, Integer year, LocalDate dueOn, boolean first, String reference,
                       String title, String to, String locale) {
    }
}
