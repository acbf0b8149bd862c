package nl.gemeenschapsfonds.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminders run once however many nodes start them: two threads play two application
 * nodes whose schedulers fire at the same moment, each calling the locked job through its Spring
 * proxy, with the real JDBC lock provider on the real {@code shedlock} table.
 */
@IntegrationTest
class ReminderLockIT {

    private static final String LOCK = "decision-deadline-reminders";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    @AfterEach
    void noLockHeld() {
        jdbc.sql("delete from shedlock where name = ?").param(LOCK).update();
    }

    @Test
    void two_nodes_starting_the_daily_reminders_at_the_same_moment_send_each_reviewer_one_mail() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Tweelingnode");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))).decisionWeeks(1));
        applications.submitted(authorities.newApplicant("Vereniging Op Tijd"), call, Map.of(2027, amount("10000")));
        assertThat(AopUtils.isAopProxy(reminders)).as("the job is called through the proxy that takes the lock").isTrue();

        CyclicBarrier sameMoment = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> runs = List.of(
                    nodes.submit(() -> {
                        sameMoment.await();
                        reminders.daily();
                        return null;
                    }),
                    nodes.submit(() -> {
                        sameMoment.await();
                        reminders.daily();
                        return null;
                    }));
            for (Future<Object> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(Mails.await(greenMail, staff.reviewer(), 1)).hasSize(1);
        assertThat(jdbc.sql("select lock_until > timezone('utc', now()) from shedlock where name = ?").param(LOCK)
                .query(Boolean.class).single()).as("the lock is kept a while after the run").isTrue();

        // A node whose clock runs a minute behind fires later: the lock is still held, nothing is sent again.
        reminders.daily();
        Thread.sleep(200);
        assertThat(Mails.to(greenMail, staff.reviewer())).hasSize(1);

        // Without the lock the work would have been done again: the lock is what prevented it.
        // (for this authority only: the run over the whole shared database is the locked one above; ADR 0031 rule 3)
        reminders.sendReminders(LocalDate.ofInstant(clock.instant(), Formats.ZONE), Set.of(staff.authorityId()));
        assertThat(Mails.await(greenMail, staff.reviewer(), 2)).hasSize(2);
    }
}
