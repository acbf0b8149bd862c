package nl.gemeenschapsfonds.mailbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationOfAuthority;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every Monday morning each staff member gets one mail with their authority's applications of the past week and the
 * decision deadlines of the coming seven days (issue 17). Optional: the kind {@code digest.mail.subject} belongs to
 * the topic WEEKLY_DIGEST ({@link nl.gemeenschapsfonds.base.mail.MailKinds}), so who switched it off gets nothing and
 * everyone else finds the switch-off link under it. Runs on one node ({@code shedlock}); {@code app.digest.cron}
 * ({@code -} switches it off, as in the tests). {@link #send(LocalDate)} does the work, for tests.
 */
@Component
public class WeeklyDigest {

    static final String KIND = "digest.mail.subject";
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final UserAccounts accounts;
    private final ApplicationScope applications;
    private final Mailer mailer;
    private final Translations translations;
    private final Clock clock;

    WeeklyDigest(UserAccounts accounts, ApplicationScope applications, Mailer mailer, Translations translations, Clock clock) {
        this.accounts = accounts;
        this.applications = applications;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.digest.cron:0 30 7 * * MON}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "weekly-digest", lockAtLeastFor = "PT5M")
    public void weekly() {
        int sent = send(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        log.info("Weekly digest: {} mail(s) handed to the mailer", sent);
    }

    /** Mails every enabled staff member their authority's week, as if today were {@code today}; answers how many. */
    int send(LocalDate today) {
        return send(today, accounts.enabledStaff());
    }

    /**
     * The same digest for the enabled staff of one authority only. For the tests: they share one database with every
     * authority the other tests made, and a digest to all of their staff took a minute and a half (issue 20).
     */
    int send(LocalDate today, long authorityId) {
        return send(today, accounts.enabledStaff().stream().filter(staff -> Long.valueOf(authorityId).equals(staff.authorityId())).toList());
    }

    private int send(LocalDate today, List<UserAccounts.AccountFacts> recipients) {
        Instant since = today.minusDays(7).atStartOfDay(Formats.ZONE).toInstant();
        LocalDate until = today.plusDays(6);
        Map<Long, List<ApplicationOfAuthority>> perAuthority = new HashMap<>();
        int count = 0;
        for (UserAccounts.AccountFacts staff : recipients) {
            List<ApplicationOfAuthority> week = perAuthority.computeIfAbsent(staff.authorityId(),
                    authority -> applications.weekOfAuthority(authority, since, until));
            mailer.send(mail(staff, week, since, today));
            count++;
        }
        return count;
    }

    private Mail mail(UserAccounts.AccountFacts staff, List<ApplicationOfAuthority> week, Instant since, LocalDate today) {
        Locale language = staff.language();
        List<ApplicationOfAuthority> fresh = week.stream().filter(a -> a.submittedAt() != null && !a.submittedAt().isBefore(since)).toList();
        List<ApplicationOfAuthority> due = week.stream().filter(a -> a.decisionDue() != null && !a.decisionDue().isAfter(today.plusDays(6))
                && a.status().name().matches("SUBMITTED|SUPPLEMENT_REQUESTED|IN_ASSESSMENT|AWAITING_DECISION")).toList();
        StringBuilder text = new StringBuilder(translations.get(language, "digest.mail.intro", staff.displayName(),
                Formats.date(today, language)));
        text.append("\n\n").append(translations.get(language, "digest.mail.new", fresh.size()));
        fresh.forEach(a -> text.append('\n').append(translations.get(language, "digest.mail.line", a.reference(), a.title(),
                Formats.date(LocalDate.ofInstant(a.submittedAt(), Formats.ZONE), language))));
        text.append("\n\n").append(translations.get(language, "digest.mail.due", due.size()));
        due.forEach(a -> text.append('\n').append(translations.get(language, "digest.mail.dueLine", a.reference(), a.title(),
                Formats.date(a.decisionDue(), language), ChronoUnit.DAYS.between(today, a.decisionDue()))));
        return new Mail(staff.email(), translations.get(language, KIND, fresh.size(), due.size()), text.toString()).ofKind(KIND);
    }
}
