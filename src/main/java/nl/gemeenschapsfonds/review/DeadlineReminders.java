package nl.gemeenschapsfonds.review;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every morning each authority's reviewers get one mail with the applications whose decision
 * deadline has passed and those due within seven days, so no deadline passes unnoticed (a missed
 * deadline can cost the authority a penalty, Awb 4:17). Runs once per morning however many
 * application nodes there are: the job takes a database lock first ({@code shedlock}), and keeps it
 * at least five minutes, so a node whose clock runs a little behind finds it still taken.
 *
 * <p>The schedule is {@code app.reminders.cron} ({@code -} switches it off, as in the tests).
 * {@link #sendReminders()} does the work without the lock, for tests and for an administrator's
 * "send now"; it is a system job and needs no signed-in user.</p>
 */
@Component
public class DeadlineReminders {

    /** How far ahead a deadline counts as "due soon". */
    static final int DAYS_AHEAD = 7;

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Translations translations;
    private final Clock clock;

    DeadlineReminders(JdbcClient jdbc, Mailer mailer, Translations translations, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    /** The daily run: at most one node at a time, and one run per morning. */
    @Scheduled(cron = "${app.reminders.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "decision-deadline-reminders", lockAtLeastFor = "PT5M")
    public void daily() {
        int sent = sendReminders();
        log.info("Decision deadline reminders: {} mail(s) sent", sent);
    }

    /** Mails each authority's reviewers their list of overdue and nearly due applications; answers the number of mails. */
    public int sendReminders() {
        return sendReminders(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
    }

    /** As {@link #sendReminders()}, as if today were {@code today}. */
    int sendReminders(LocalDate today) {
        List<Due> due = jdbc.sql("""
                        select f.authority_id, au.name as authority_name, a.id, a.reference, a.title, o.legal_name,
                               a.status, a.decision_due
                        from grant_application a
                        join grant_call c on c.id = a.call_id
                        join fund f on f.id = c.fund_id
                        join authority au on au.id = f.authority_id
                        join organisation o on o.id = a.organisation_id
                        where a.status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'IN_ASSESSMENT', 'AWAITING_DECISION')
                          and a.decision_due <= ?
                        order by f.authority_id, a.decision_due, a.id""")
                .param(Date.valueOf(today.plusDays(DAYS_AHEAD)))
                .query((rs, row) -> new Due(rs.getLong("authority_id"), rs.getString("authority_name"), rs.getLong("id"),
                        rs.getString("reference"), rs.getString("title"), rs.getString("legal_name"),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getDate("decision_due").toLocalDate()))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Due>> perAuthority = due.stream()
                .collect(Collectors.groupingBy(Due::authorityId, LinkedHashMap::new, Collectors.toList()));
        List<Reviewer> reviewers = jdbc.sql("""
                        select email, display_name, preferred_locale, authority_id from app_user
                        where role = 'REVIEWER' and enabled and authority_id in (:authorities)
                        order by authority_id, id""")
                .param("authorities", perAuthority.keySet())
                .query((rs, row) -> new Reviewer(rs.getString("email"), rs.getString("display_name"),
                        Locale.of(rs.getString("preferred_locale")), rs.getLong("authority_id")))
                .list();
        for (Reviewer reviewer : reviewers) {
            mailer.send(mail(reviewer, perAuthority.get(reviewer.authorityId()), today).ofKind("reminder.mail.subject"));
        }
        return reviewers.size();
    }

    private Mail mail(Reviewer reviewer, List<Due> applications, LocalDate today) {
        Locale language = reviewer.language();
        List<Due> overdue = applications.stream().filter(a -> a.decisionDue().isBefore(today)).toList();
        List<Due> soon = applications.stream().filter(a -> !a.decisionDue().isBefore(today)).toList();
        StringBuilder text = new StringBuilder(translations.get(language, "reminder.mail.intro", reviewer.displayName(),
                applications.getFirst().authorityName(), Formats.date(today, language), DAYS_AHEAD));
        text.append("\n\n").append(translations.get(language, "reminder.mail.overdue", overdue.size()));
        lines(text, overdue, today, language);
        text.append("\n\n").append(translations.get(language, "reminder.mail.dueSoon", soon.size(), DAYS_AHEAD));
        lines(text, soon, today, language);
        text.append("\n\n").append(translations.get(language, "reminder.mail.closing"));
        return new Mail(reviewer.email(),
                translations.get(language, "reminder.mail.subject", overdue.size(), soon.size(), DAYS_AHEAD), text.toString());
    }

    private void lines(StringBuilder text, List<Due> applications, LocalDate today, Locale language) {
        if (applications.isEmpty()) {
            text.append('\n').append(translations.get(language, "reminder.mail.none"));
        }
        for (Due application : applications) {
            long days = ChronoUnit.DAYS.between(today, application.decisionDue());
            text.append('\n').append(translations.get(language, "reminder.mail.line", application.reference(),
                    application.title(), application.organisation(),
                    translations.get(language, "status." + application.status()),
                    Formats.date(application.decisionDue(), language)));
            text.append(' ').append(days < 0 ? translations.get(language, "reminder.mail.daysLate", -days)
                    : translations.get(language, "reminder.mail.daysLeft", days));
        }
    }

    private record Due(long authorityId, String authorityName, long id, String reference, String title,
                       String organisation, ApplicationStatus status, LocalDate decisionDue) {
    }

    private record Reviewer(String email, String displayName, Locale language, long authorityId) {
    }
}
