package nl.gemeenschapsfonds.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cluster test's way to run the scheduled jobs when it is ready (issue 20): the signal file and what it runs. */
class ScheduledJobsSignalTest {

    /** Two cron jobs as the scheduler holds them (a {@link ScheduledMethodRunnable} each) and one it must not run. */
    public static final class Jobs {
        final List<String> ran = new ArrayList<>();

        public void daily() {
            ran.add("daily");
        }

        public void weekly() {
            ran.add("weekly");
        }
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-06T05:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private final Jobs jobs = new Jobs();
    private final MovingClock clock = new MovingClock();
    private final ScheduledTaskRegistrar scheduler = new ScheduledTaskRegistrar();

    ScheduledJobsSignalTest() throws NoSuchMethodException {
        // their cron never fires during the test: only the signal runs them
        scheduler.addCronTask(new ScheduledMethodRunnable(jobs, "daily"), "0 0 7 1 1 *");
        scheduler.addCronTask(new ScheduledMethodRunnable(jobs, "weekly"), "0 0 7 1 1 *");
        scheduler.afterPropertiesSet();
    }

    @AfterEach
    void stopTheScheduler() {
        scheduler.destroy();
    }

    private ScheduledJobsSignal signal(Path file) {
        return new ScheduledJobsSignal(file, scheduler::getScheduledTasks, clock);
    }

    @Test
    void the_named_cron_job_runs_once_when_the_instant_of_the_signal_has_come_and_not_before() throws Exception {
        Path file = dir.resolve("jobs-signal");
        ScheduledJobsSignal signal = signal(file);
        assertThat(signal.poll()).as("no file yet").isEmpty();

        Files.writeString(file, "at=2026-12-06T05:00:02Z\njobs=ScheduledJobsSignalTest$Jobs.daily\n");
        clock.now = Instant.parse("2026-12-06T05:00:01Z");
        assertThat(signal.poll()).as("a second before its instant").isEmpty();
        assertThat(jobs.ran).isEmpty();

        clock.now = Instant.parse("2026-12-06T05:00:02.150Z");
        assertThat(signal.poll()).containsExactly("ScheduledJobsSignalTest$Jobs.daily");
        assertThat(jobs.ran).as("the named job only, not the other cron job").containsExactly("daily");

        clock.now = clock.now.plusSeconds(5);
        assertThat(signal.poll()).as("the same signal read again").isEmpty();
        assertThat(jobs.ran).containsExactly("daily");

        Files.writeString(file, "at=2026-12-06T05:00:10Z\njobs=nl.gemeenschapsfonds.ops.ScheduledJobsSignalTest$Jobs.weekly, "
                + "ScheduledJobsSignalTest$Jobs.daily\n");
        assertThat(signal.poll()).as("a new signal, before its instant").isEmpty();
        clock.now = Instant.parse("2026-12-06T05:00:10Z");
        assertThat(signal.poll()).as("a new signal, by qualified and simple names, in its order")
                .containsExactly("nl.gemeenschapsfonds.ops.ScheduledJobsSignalTest$Jobs.weekly", "ScheduledJobsSignalTest$Jobs.daily");
        assertThat(jobs.ran).containsExactly("daily", "weekly", "daily");
    }

    @Test
    void a_node_started_after_the_instant_of_the_signal_does_not_run_the_jobs_again() throws Exception {
        Path file = dir.resolve("jobs-signal");
        Files.writeString(file, "at=2026-12-06T04:59:00Z\njobs=ScheduledJobsSignalTest$Jobs.daily\n");
        ScheduledJobsSignal restarted = signal(file);
        clock.now = clock.now.plusSeconds(10);
        assertThat(restarted.poll()).isEmpty();
        assertThat(jobs.ran).isEmpty();
    }

    @Test
    void a_signal_half_written_waits_and_one_naming_no_cron_job_fails_with_the_name() throws Exception {
        Path file = dir.resolve("jobs-signal");
        ScheduledJobsSignal signal = signal(file);
        clock.now = clock.now.plusSeconds(60);
        Files.writeString(file, "at=2026-12-06T05:00:30Z\n");
        assertThat(signal.poll()).isEmpty();
        Files.writeString(file, "at=2026-12-06T05:00:30Z\njobs=Jobs.monthly\n");
        assertThatThrownBy(signal::poll).hasMessageContaining("Jobs.monthly").hasMessageContaining("0 cron jobs");
        assertThat(jobs.ran).isEmpty();

        Files.writeString(file, "at=2026-12-06T05:00:40Z\njobs=ScheduledJobsSignalTest$Jobs.daily, Jobs.monthly\n");
        clock.now = clock.now.plusSeconds(60);
        assertThatThrownBy(signal::poll).as("a known job before a wrong name").hasMessageContaining("Jobs.monthly");
        assertThat(jobs.ran).as("nothing runs when one name is wrong, so a corrected signal runs each job once").isEmpty();

        Files.writeString(file, "at=not-an-instant\njobs=ScheduledJobsSignalTest$Jobs.daily\n");
        assertThat(signal.poll()).as("an instant the node cannot read: ignored once, not thrown on every poll").isEmpty();
        assertThat(signal.poll()).isEmpty();
        assertThat(jobs.ran).isEmpty();
    }

    @Test
    void without_the_setting_no_task_is_added_to_the_scheduler() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        signal(null).configureTasks(registrar);
        assertThat(registrar.hasTasks()).isFalse();

        signal(dir.resolve("jobs-signal")).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        assertThat(registrar.getFixedDelayTaskList().getFirst().getIntervalDuration()).isEqualTo(ScheduledJobsSignal.POLL);
    }
}
