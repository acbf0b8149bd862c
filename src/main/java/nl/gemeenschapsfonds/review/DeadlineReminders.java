package nl.gemeenschapsfonds.review;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.fund.AuthorityFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every morning each authority's reviewers get one mail with the applications whose decision
 * deadline has passed and those due within seven days, so no deadline passes unnoticed (a missed
 * deadline can cost the authority a penalty, Awb 4:17). Runs once per morning however many
 * application nodes there are: the job takes a database lock first ({@code shedlock}), and keeps it
 * at least five minutes, so a node whose clock runs a little behind finds it still taken. A line
 * says "assigned to you" when the lead or the reviewer assigned the application to the recipient
 * ({@code review_assignment}, ADR 0027).
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
    private final Funds funds;
    private final UserAccounts accounts;

    DeadlineReminders(JdbcClient jdbc, Mailer mailer, Translations translations, Clock clock, Funds funds,
                      UserAccounts accounts) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.funds = funds;
        this.accounts = accounts;
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

    /**
     * As {@link #sendReminders()}, as if today were {@code today}. The due applications come from submission's
     * published read model {@code work_queue_row} (the work queue's own rows), who is assigned from review's
     * {@code review_assignment} (ADR 0027), the authority's name from fund's API and the reviewers from security's.
     */
    int sendReminders(LocalDate today) {
        return sendReminders(today, null);
    }

    /**
     * As {@link #sendReminders(LocalDate)} for these authorities only, for tests (ADR 0031 rule 3): the tests share one
     * database, and the run over all of it mails every reviewer with a due application that any test class left behind
     * (late in the whole suite ReminderMailIT's three runs took 59 s, alone 20 s; issue 20). {@code null}: all
     * authorities, as the daily run.
     */
    int sendReminders(LocalDate today, Set<Long> authorityIds) {
        if (authorityIds != null && authorityIds.isEmpty()) {
            return 0;
        }
        Map<Long, Set<String>> assigned = new HashMap<>();
        List<Due> due = jdbc.sql("""
                        select w.authority_id, w.id, w.reference, w.title, w.organisation_name, w.status, w.decision_due,
                               (select string_agg(r.reviewer, ' ') from review_assignment r where r.application_id = w.id)
                                   as reviewers
                        from work_queue_row w
                        where w.status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'IN_ASSESSMENT', 'AWAITING_DECISION')
                          and w.decision_due <= :due
                        """ + (authorityIds == null ? "" : "  and w.authority_id in (:authorities)\n") + """
                        order by w.authority_id, w.decision_due, w.id""")
                .param("due", Date.valueOf(today.plusDays(DAYS_AHEAD)))
                .params(authorityIds == null ? Map.of() : Map.of("authorities", authorityIds))
                .query((rs, row) -> {
                    String reviewers = rs.getString("reviewers");
                    if (reviewers != null) {
                        assigned.put(rs.getLong("id"), Set.of(reviewers.split(" ")));
                    }
                    return new Due(rs.getLong("authority_id"), rs.getLong("id"), rs.getString("reference"),
                            rs.getString("title"), rs.getString("organisation_name"),
                            ApplicationStatus.valueOf(rs.getString("status")), rs.getDate("decision_due").toLocalDate());
                })
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Due>> perAuthority = due.stream()
                .collect(Collectors.groupingBy(Due::authorityId, LinkedHashMap::new, Collectors.toList()));
        List<UserAccounts.AccountFacts> reviewers = accounts.enabledStaff().stream()
                .filter(account -> account.role() == Role.REVIEWER && perAuthority.containsKey(account.authorityId()))
                .toList();
        Map<Long, String> authorityNames = new HashMap<>();
        for (UserAccounts.AccountFacts reviewer : reviewers) {
            String authority = authorityNames.computeIfAbsent(reviewer.authorityId(),
                    id -> funds.authority(id).map(AuthorityFacts::name).orElse(""));
            mailer.send(mail(reviewer, authority, perAuthority.get(reviewer.authorityId()), assigned, today)
                    .ofKind("reminder.mail.subject"));
        }
        return reviewers.size();
    }

    private Mail mail(UserAccounts.AccountFacts reviewer, String authorityName, List<Due> applications,
                      Map<Long, Set<String>> assigned, LocalDate today) {
        Locale language = reviewer.language();
        String me = reviewer.email().toLowerCase(Locale.ROOT);
        List<Due> overdue = applications.stream().filter(a -> a.decisionDue().isBefore(today)).toList();
        List<Due> soon = applications.stream().filter(a -> !a.decisionDue().isBefore(today)).toList();
        StringBuilder text = new StringBuilder(translations.get(language, "reminder.mail.intro", reviewer.displayName(),
                authorityName, Formats.date(today, language), DAYS_AHEAD));
        text.append("\n\n").append(translations.get(language, "reminder.mail.overdue", overdue.size()));
        lines(text, overdue, today, language, assigned, me);
        text.append("\n\n").append(translations.get(language, "reminder.mail.dueSoon", soon.size(), DAYS_AHEAD));
        lines(text, soon, today, language, assigned, me);
        text.append("\n\n").append(translations.get(language, "reminder.mail.closing"));
        return new Mail(reviewer.email(),
                translations.get(language, "reminder.mail.subject", overdue.size(), soon.size(), DAYS_AHEAD), text.toString());
    }

    private void lines(StringBuilder text, List<Due> applications, LocalDate today, Locale language,
                       Map<Long, Set<String>> assigned, String me) {
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
            if (assigned.getOrDefault(application.id(), Set.of()).contains(me)) {
                text.append(' ').append(translations.get(language, "reminder.mail.assignedToYou"));
            }
        }
    }

    private record Due(long authorityId, long id, String reference, String title, String organisation,
                       ApplicationStatus status, LocalDate decisionDue) {
    }
}
