package nl.gemeenschapsfonds.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Runs named cron jobs at a moment a file names, for a test of several nodes (the cluster test, issue 20): its nodes
 * start with {@code app.ops.jobs-signal-file}, and when the test is ready it writes there
 * {@code at=<instant>} and {@code jobs=<Class.method>,…}. Every node then runs those jobs at that instant, the same
 * {@code Runnable} its cron would run (through the bean's proxy, so the job's {@code @SchedulerLock} decides which node
 * runs it), instead of the test fixing the cron at start and sleeping until it fires.
 * <p>
 * Off unless the property is set (production never sets it): no task is scheduled then. The file is read every
 * {@link #POLL}; a signal is acted on once, and not at all by a node started after its instant (a node restarted later
 * must not run the jobs again).
 */
@Component
class ScheduledJobsSignal implements SchedulingConfigurer {

    static final Duration POLL = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(ScheduledJobsSignal.class);

    private final Path file;
    private final Supplier<Collection<ScheduledTask>> tasks;
    private final Clock clock;
    private final Instant started;
    private String handled;

    @Autowired
    ScheduledJobsSignal(@Value("${app.ops.jobs-signal-file:}") String file, ObjectProvider<ScheduledTaskHolder> holders, Clock clock) {
        this(file.isBlank() ? null : Path.of(file),
                () -> holders.orderedStream().flatMap(holder -> holder.getScheduledTasks().stream()).toList(), clock);
    }

    ScheduledJobsSignal(Path file, Supplier<Collection<ScheduledTask>> tasks, Clock clock) {
        this.file = file;
        this.tasks = tasks;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (file != null) {
            log.info("Scheduled jobs also run on the signal of {}", file.toAbsolutePath());
            registrar.addFixedDelayTask(this::poll, POLL);
        }
    }

    /** Runs the jobs of a new signal whose instant has come; answers the jobs it ran (their {@code Class.method}). */
    synchronized List<String> poll() {
        String text;
        try {
            if (file == null || !Files.exists(file)) {
                return List.of();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.equals(handled)) {
            return List.of();
        }
        Properties signal = new Properties();
        try {
            signal.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String atText = signal.getProperty("at", "").strip();
        String jobsText = signal.getProperty("jobs", "").strip();
        if (atText.isEmpty() || jobsText.isEmpty()) {
            return List.of(); // still being written
        }
        Instant at;
        try {
            at = Instant.parse(atText);
        } catch (java.time.format.DateTimeParseException e) {
            handled = text; // once in the log, not on every poll
            log.warn("The scheduled-jobs signal has no instant the node can read ({}); ignored", atText);
            return List.of();
        }
        if (at.isBefore(started)) {
            handled = text; // a signal of before this node's start
            return List.of();
        }
        if (clock.instant().isBefore(at)) {
            return List.of();
        }
        handled = text;
        // every name looked up before any job runs: a wrong name refuses the whole signal, so a corrected one does not
        // run a job a second time
        List<String> jobs = Arrays.stream(jobsText.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        Map<String, Runnable> runnables = new java.util.LinkedHashMap<>();
        jobs.forEach(job -> runnables.put(job, cronJob(job)));
        List<String> ran = new ArrayList<>();
        runnables.forEach((job, runnable) -> {
            log.info("Running the scheduled job {} on the signal for {}", job, at);
            runnable.run();
            ran.add(job);
        });
        return ran;
    }

    /** The cron task whose method is {@code job} ({@code Class.method}, the class by its simple or qualified name). */
    private Runnable cronJob(String job) {
        List<Runnable> found = tasks.get().stream().map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance)
                .map(task -> task.getRunnable())
                .filter(runnable -> runnable.toString().equals(job) || runnable.toString().endsWith("." + job))
                .toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("The signal names " + job + ", which is " + found.size() + " cron jobs");
        }
        return found.getFirst();
    }
}
