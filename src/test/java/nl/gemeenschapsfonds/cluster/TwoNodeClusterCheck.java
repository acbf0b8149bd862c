package nl.gemeenschapsfonds.cluster;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-node set-up of ops/cluster proven through HAProxy only (issue 18): the production jar twice, HAProxy in
 * front, one PostgreSQL, a real SMTP server. Run by {@code ./mvnw -Pproduction,cluster verify} (and by .ci/run after
 * the README's test command); prints its figures under "== cluster figures". Not part of {@code ./mvnw verify}: the
 * class name matches neither surefire's nor failsafe's patterns, the cluster profile names it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterCheck {

    /**
     * The jobs run on a signal (ops.ScheduledJobsSignal): when test 3 is ready it writes this file, and both nodes run the
     * jobs' cron tasks at the instant it names. Before (issue 20), the cron was fixed at the nodes' start to 180 s later,
     * and test 3 slept until then whatever the tests before it took.
     */
    private static final Path JOBS_SIGNAL = Path.of("target", "cluster", "jobs-signal").toAbsolutePath();
    /** How long after the signal is written the jobs run: both nodes have read it by then (they look every 200 ms). */
    private static final Duration SIGNAL_AHEAD = Duration.ofSeconds(2);
    private static final List<String> JOBS = List.of("review.DeadlineReminders.daily", "report.ReportReminders.daily");
    private static final ZoneId JOB_ZONE = ZoneId.of("Europe/Amsterdam");

    private Cluster cluster;
    private ClusterFixtures data;
    private ZonedDateTime jobsAt;
    private final Properties nl = new Properties();
    private final List<String> figures = new ArrayList<>();

    /** A failed test leaves each node's threads in the log folder, and says in the figures whether one deadlocked. */
    @RegisterExtension
    final TestWatcher threadDumps = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            if (cluster != null) {
                cluster.threadDumps(test.getRequiredTestMethod().getName()).forEach(line -> figure("after the failed %s: %s",
                        test.getRequiredTestMethod().getName(), line));
            }
        }
    };

    @BeforeAll
    void startTheCluster() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_nl.properties")) {
            nl.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        // the jobs' own cron: half a day away, so that it cannot fire during the test; they run on the signal of test 3
        ZonedDateTime away = ZonedDateTime.now(JOB_ZONE).plusHours(12);
        String cron = "%d %d %d * * *".formatted(away.getSecond(), away.getMinute(), away.getHour());
        cluster = Cluster.prepare(List.of("--app.reminders.cron=" + cron, "--app.report-reminders.cron=" + cron,
                "--app.ops.jobs-signal-file=" + JOBS_SIGNAL));
        ClusterFixtures.migrate(cluster.jdbcUrl());
        data = new ClusterFixtures(cluster.jdbcUrl());
        data.load();
        cluster.startNodes();
        cluster.startBalancer();
        figure("cluster up (PostgreSQL, data, two nodes ready, HAProxy sees both UP) in %.1f s; the jobs run on the signal of "
                + "test 3 (their own cron: %s)", (System.nanoTime() - start) / 1e9, cron);
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        System.out.println("\n== cluster figures");
        figures.forEach(line -> System.out.println("   " + line));
        Files.write(Path.of("target", "cluster", "figures.txt"), figures);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aReviewersSessionStaysOnTheNodeOfItsFirstPageAndANewSessionMayLandOnTheOther() throws Exception {
        List<String> firstNodes = new ArrayList<>();
        int requests = 0;
        for (int i = 0; i < ClusterFixtures.REVIEWERS; i++) {
            String reviewer = data.reviewers.get(i);
            VaadinClient client = new VaadinClient(cluster.balancer());
            client.login(reviewer, ClusterFixtures.PASSWORD);
            client.secondFactor(ClusterFixtures.recoveryCode(reviewer, 1));
            client.open("work-queue");
            assertThat(client.has("work-queue-grid")).as("the work queue opened").isTrue();
            client.navigate("aftercare");
            client.navigate("work-queue");
            for (long id : data.awaiting.subList(0, 3)) {
                client.open("review/" + id);
            }
            requests += client.servedBy.size();
            assertThat(client.nodesSeen()).as("the nodes that answered %s", reviewer).hasSize(1);
            firstNodes.add(client.lastNode());
        }
        // HAProxy's round robin gives the next new session the other node
        assertThat(Set.copyOf(firstNodes)).as("two reviewers' sessions").containsExactlyInAnyOrder("node1", "node2");
        figure("sticky sessions: %d reviewers, %d requests (sign-in, second factor, work queue, aftercare, 3 applications), "
                + "each reviewer's requests all on one node: %s", ClusterFixtures.REVIEWERS, requests, firstNodes);
    }

    @Test
    @Order(2)
    void fortyConcurrentDecisionsOnBothNodesGrantExactlyWhatTheCeilingHolds() throws Exception {
        String decided = nl.getProperty("review.decided");
        String ceiling = nl.getProperty("review.ceilingRefused").split("\\{0}")[0];
        int n = ClusterFixtures.DECISIONS;
        List<VaadinClient> clients = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(n, null)));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            // each decision maker: sign in, second factor, open an application, type the motivation, "Besluit nemen": the
            // confirmation dialog is open; 8 at a time, as people would
            ExecutorService preparing = Executors.newFixedThreadPool(8);
            List<Future<?>> ready = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                ready.add(preparing.submit(() -> {
                    String decider = data.deciders.get(index);
                    VaadinClient client = new VaadinClient(cluster.balancer());
                    client.login(decider, ClusterFixtures.PASSWORD);
                    client.secondFactor(ClusterFixtures.recoveryCode(decider, 1));
                    client.open("review/" + data.awaiting.get(index));
                    client.setValue("decision-motivation", "Past binnen de regeling; clustertest " + index + ".");
                    client.click("decision-take");
                    if (!client.has("decision-confirm")) {
                        throw new IllegalStateException("No confirmation dialog for " + decider);
                    }
                    clients.set(index, client);
                    return null;
                }));
            }
            for (Future<?> f : ready) {
                f.get(5, TimeUnit.MINUTES);
            }
            preparing.shutdown();
            Map<String, Long> perNode = clients.stream().collect(Collectors.groupingBy(VaadinClient::lastNode, Collectors.counting()));
            // all confirm at the same moment
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (VaadinClient client : clients) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    client.event("decision-confirm", "confirm");
                    return client.saw(decided) ? "granted" : client.saw(ceiling) ? "refused by the ceiling" : "other";
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            Map<String, Long> answered = new java.util.TreeMap<>();
            for (Future<String> outcome : outcomes) {
                answered.merge(outcome.get(2, TimeUnit.MINUTES), 1L, Long::sum);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            BigDecimal committed = data.jdbc.queryForObject("select committed from call_year_budget where call_id = ? and year = ?",
                    BigDecimal.class, data.callId, ClusterFixtures.YEAR);
            int grants = data.jdbc.queryForObject("select count(*) from decision d join grant_application a on a.id = d.application_id "
                    + "where a.call_id = ? and d.kind = 'GRANT'", Integer.class, data.callId);
            int commits = data.jdbc.queryForObject("select count(*) from budget_movement where call_id = ? and kind = 'COMMIT'",
                    Integer.class, data.callId);
            int stillAwaiting = data.jdbc.queryForObject("select count(*) from grant_application where call_id = ? and status = 'AWAITING_DECISION'",
                    Integer.class, data.callId);
            figure("decisions: %d decision makers confirmed at once (sessions per node %s) in %.1f s: %s; in the database %d grants, "
                            + "%d commitments, committed € %s = ceiling € %s, %d still awaiting a decision",
                    n, new java.util.TreeMap<>(perNode), seconds, answered, grants, commits, committed, ClusterFixtures.CEILING, stillAwaiting);
            assertThat(perNode).as("decision makers per node").hasSize(2);
            assertThat(answered).containsEntry("granted", (long) ClusterFixtures.FITS)
                    .containsEntry("refused by the ceiling", (long) (n - ClusterFixtures.FITS)).doesNotContainKey("other");
            assertThat(grants).isEqualTo(ClusterFixtures.FITS);
            assertThat(commits).isEqualTo(ClusterFixtures.FITS);
            assertThat(committed).isEqualByComparingTo(ClusterFixtures.CEILING);
            assertThat(stillAwaiting).isEqualTo(n - ClusterFixtures.FITS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void everyScheduledJobFiresOnBothNodesAtTheSameMomentAndMailsOnce() throws Exception {
        // both nodes run the jobs' cron tasks at the same instant, as their cron would fire them on both at the same second
        jobsAt = ZonedDateTime.now(JOB_ZONE).plus(SIGNAL_AHEAD);
        Path written = Files.writeString(JOBS_SIGNAL.resolveSibling("jobs-signal.new"),
                "at=%s%njobs=%s%n".formatted(jobsAt.toInstant(), String.join(",", JOBS)));
        Files.move(written, JOBS_SIGNAL, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(JOB_ZONE), jobsAt).toMillis()));
        // the report reminders send their mails after their transaction commits; give the SMTP hand-over a moment
        long end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        int expected = ClusterFixtures.REVIEWERS + ClusterFixtures.REPORT_REMINDERS;
        while (System.nanoTime() < end && reminderMails().size() < expected) {
            Thread.sleep(500);
        }
        Thread.sleep(5000); // and a moment more, for a second mail that should not come
        List<String> reminders = reminderMails();
        Map<String, Long> perMail = reminders.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> lines = new ArrayList<>();
        for (String job : List.of("decision-deadline-reminders", "report-deadline-reminders")) {
            int locked = 0;
            int skipped = 0;
            List<String> ran = new ArrayList<>();
            for (Cluster.Node node : cluster.nodes.values()) {
                String log = node.logText();
                if (log.contains("Locked '" + job + "'")) {
                    locked++;
                    ran.add(node.name);
                }
                if (log.contains("Not executing '" + job + "'")) {
                    skipped++;
                }
            }
            lines.add("%s: fired on %d nodes, ran on %s, skipped (locked) on %d".formatted(job, locked + skipped, ran, skipped));
            assertThat(locked).as(job + " ran on one node").isEqualTo(1);
            assertThat(skipped).as(job + " found the lock taken on the other node").isEqualTo(1);
        }
        int allMails = cluster.smtp.getReceivedMessages().length;
        Map<String, Long> duplicates = Arrays.stream(cluster.smtp.getReceivedMessages()).map(TwoNodeClusterCheck::key)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        duplicates.values().removeIf(count -> count == 1);
        figure("scheduled jobs at %s: %s; reminder mails %d (expected %d: %d reviewers' deadline lists, %d report reminders), "
                        + "most copies of one reminder %d; all mails so far %d, duplicates %d",
                jobsAt.toLocalTime(), lines, reminders.size(), expected, ClusterFixtures.REVIEWERS, ClusterFixtures.REPORT_REMINDERS,
                perMail.values().stream().mapToLong(Long::longValue).max().orElse(0), allMails, duplicates.size());
        assertThat(reminders).hasSize(expected);
        assertThat(perMail.values()).allMatch(count -> count == 1);
        assertThat(duplicates).isEmpty();
    }

    @Test
    @Order(4)
    void aRollingRestartUnderSteadyLoadAnswersEveryRequest() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger iterations = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> perNode = new ConcurrentHashMap<>();
        int users = 4;
        ExecutorService load = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            String applicant = data.applicants.get(u);
            load.submit(() -> {
                while (running.get()) {
                    VaadinClient client = new VaadinClient(cluster.balancer());
                    try {
                        client.open("calls"); // an anonymous page view
                        client.login(applicant, ClusterFixtures.PASSWORD);
                        client.open("applications");
                        if (!client.saw(data.draftTitleOf.get(applicant))) {
                            throw new IllegalStateException(applicant + " did not find the draft");
                        }
                        client.navigate("calls");
                        iterations.incrementAndGet();
                    } catch (Exception e) {
                        errors.add(e.toString());
                    } finally {
                        requests.addAndGet(client.servedBy.size());
                        client.servedBy.forEach(node -> perNode.computeIfAbsent(node, k -> new AtomicInteger()).incrementAndGet());
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        List<String> steps = new ArrayList<>();
        try {
            Thread.sleep(3000);
            for (String node : List.of("node1", "node2")) {
                long t = System.nanoTime();
                cluster.drainAndStop(node, Duration.ofSeconds(2));
                steps.add("%s drained and stopped in %.1f s".formatted(node, (System.nanoTime() - t) / 1e9));
                t = System.nanoTime();
                cluster.restart(node);
                steps.add("%s back in service in %.1f s".formatted(node, (System.nanoTime() - t) / 1e9));
            }
            Thread.sleep(3000);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(2, TimeUnit.MINUTES);
        }
        figure("rolling restart under load (%d users signing in and viewing pages, %.0f s): %s; %d rounds, %d requests (per node %s), errors %d%s",
                users, (System.nanoTime() - start) / 1e9, steps, iterations.get(), requests.get(), new java.util.TreeMap<>(perNode),
                errors.size(), errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size())));
        assertThat(errors).isEmpty();
        assertThat(iterations.get()).isPositive();
        assertThat(perNode.keySet()).contains("node1", "node2");
    }

    @Test
    @Order(5)
    void aNodeKilledInABurstOfSubmissionsLosesNoneAndItsUsersFindTheirDraftsOnTheOther() throws Exception {
        String submitted = nl.getProperty("wizard.submitted").split("\\{")[0];
        // applicants with a saved draft, signed in on both nodes
        List<VaadinClient> readers = new ArrayList<>();
        List<String> readerNames = data.applicants.subList(4, 10);
        for (String applicant : readerNames) {
            VaadinClient client = new VaadinClient(cluster.balancer());
            client.login(applicant, ClusterFixtures.PASSWORD);
            client.open("applications");
            assertThat(client.saw(data.draftTitleOf.get(applicant))).as("%s sees the draft", applicant).isTrue();
            readers.add(client);
        }
        // applicants at step 7 of the wizard, the declaration confirmed but for the last click
        int n = ClusterFixtures.SUBMITTERS;
        List<VaadinClient> submitters = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(n, null)));
        ExecutorService preparing = Executors.newFixedThreadPool(6);
        List<Future<?>> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            ready.add(preparing.submit(() -> {
                String applicant = data.submitters.get(index);
                VaadinClient client = new VaadinClient(cluster.balancer());
                client.login(applicant, ClusterFixtures.PASSWORD);
                client.open("applications/" + data.draftOf.get(applicant) + "/edit", "step=7");
                if (!client.has("wizard-submit")) {
                    throw new IllegalStateException("No submit button at step 7 for " + applicant + (client.has("wizard-problems")
                            ? ": the draft has problems" : ""));
                }
                client.click("wizard-submit");
                if (!client.has("wizard-declaration")) {
                    throw new IllegalStateException("No declaration to confirm for " + applicant);
                }
                submitters.set(index, client);
                return null;
            }));
        }
        for (Future<?> f : ready) {
            f.get(5, TimeUnit.MINUTES);
        }
        preparing.shutdown();
        String victim = submitters.getFirst().lastNode();
        String survivor = victim.equals("node1") ? "node2" : "node1";
        Map<String, Long> submittersPerNode = new java.util.TreeMap<>(submitters.stream()
                .collect(Collectors.groupingBy(VaadinClient::lastNode, Collectors.counting())));
        List<String> readersOnVictim = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            if (readers.get(i).lastNode().equals(victim)) {
                readersOnVictim.add(readerNames.get(i));
            }
        }
        // the burst: all confirm at once; the victim is killed as soon as the first "ontvangen" comes back
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch firstAnswer = new CountDownLatch(1);
        ExecutorService burst = Executors.newFixedThreadPool(n);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (VaadinClient client : submitters) {
            answers.add(burst.submit(() -> {
                go.await();
                try {
                    client.event("wizard-declaration", "confirm");
                } catch (IOException | IllegalStateException noAnswer) {
                    return false;
                }
                boolean received = client.saw(submitted);
                if (received) {
                    firstAnswer.countDown();
                }
                return received;
            }));
        }
        go.countDown();
        firstAnswer.await(60, TimeUnit.SECONDS);
        cluster.nodes.get(victim).kill();
        List<String> answered = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (answers.get(i).get(2, TimeUnit.MINUTES) ? answered : unanswered).add(data.submitters.get(i));
        }
        burst.shutdown();
        // the users of the dead node sign in again (HAProxy sends them to the other node) and find their work
        int signedInAgain = 0;
        int found = 0;
        List<String> again = new ArrayList<>(readersOnVictim);
        again.addAll(unanswered);
        for (String applicant : again) {
            VaadinClient client = new VaadinClient(cluster.balancer());
            client.login(applicant, ClusterFixtures.PASSWORD);
            client.open("applications");
            assertThat(client.lastNode()).isEqualTo(survivor);
            signedInAgain++;
            String title = data.draftTitleOf.containsKey(applicant) ? data.draftTitleOf.get(applicant)
                    : "Buurtkamer om in te dienen " + (data.submitters.indexOf(applicant) + 1);
            if (client.saw(title)) {
                found++;
            }
        }
        // what the database and the SMTP server hold: every "ontvangen" submitted once with one receipt mail, none half-written
        String receipt = nl.getProperty("receipt.mail.subject").split("\\{")[0];
        List<String> halfWritten = new ArrayList<>();
        int submittedRows = 0;
        int receiptsOfAnswered = 0;
        for (String applicant : data.submitters) {
            Map<String, Object> row = data.jdbc.queryForMap("select status, reference, submitted_at from grant_application where id = ?",
                    data.draftOf.get(applicant));
            String status = (String) row.get("status");
            String reference = (String) row.get("reference");
            boolean draft = status.equals("DRAFT") && reference == null && row.get("submitted_at") == null;
            boolean complete = status.equals("SUBMITTED") && reference != null && row.get("submitted_at") != null
                    && data.jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Integer.class, "%" + reference + "%") == 1;
            if (!draft && !complete) {
                halfWritten.add(applicant + " " + row);
            }
            if (status.equals("SUBMITTED")) {
                submittedRows++;
            }
            if (answered.contains(applicant)) {
                assertThat(status).as("%s was told 'ontvangen'", applicant).isEqualTo("SUBMITTED");
                long mails = Arrays.stream(cluster.smtp.getReceivedMessages()).map(TwoNodeClusterCheck::key)
                        .filter(key -> key.contains(receipt) && key.contains(reference)).count();
                assertThat(mails).as("receipt mails of %s", reference).isEqualTo(1);
                receiptsOfAnswered++;
            }
        }
        int references = data.jdbc.queryForObject("select count(distinct reference) from grant_application where call_id = ? and reference is not null",
                Integer.class, data.submissionCallId);
        figure("kill -9 of %s in a burst of %d submissions (per node %s): answered 'ontvangen' %d, each submitted once with its receipt "
                        + "mail: %d; unanswered %d (the node died under them); in the database %d submitted, %d distinct references, "
                        + "half-written %d; submissions lost = %d; users of the dead node signed in again on %s: %d, found their "
                        + "application or draft: %d",
                victim, n, submittersPerNode, answered.size(), receiptsOfAnswered, unanswered.size(), submittedRows, references,
                halfWritten.size(), answered.size() - receiptsOfAnswered, survivor, signedInAgain, found);
        assertThat(answered).as("some submissions answered before the kill").isNotEmpty();
        assertThat(halfWritten).isEmpty();
        assertThat(references).isEqualTo(submittedRows);
        assertThat(signedInAgain).as("users of the dead node").isPositive();
        assertThat(found).isEqualTo(signedInAgain);
    }

    private List<String> reminderMails() {
        String deadline = nl.getProperty("reminder.mail.subject").split("\\{")[0];
        String report = "Herinnering:";
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : cluster.smtp.getReceivedMessages()) {
            String key = key(message);
            if (key.contains(deadline) || key.contains(report)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String key(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()) + " " + message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void figure(String format, Object... args) {
        String line = format.formatted(args);
        figures.add(line);
        System.out.println("== cluster: " + line);
    }

    @SuppressWarnings("unused")
    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
