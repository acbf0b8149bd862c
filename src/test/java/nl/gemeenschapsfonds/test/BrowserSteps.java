package nl.gemeenschapsfonds.test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a browser test class spends its time (issue 20 item 6): the count and the wall time of each kind of step
 * (a full page load, a router navigation, a sign-in, axe-core's injection and its run, typing into a field, a wait
 * for a condition, a check of the page's language …), printed once per class by {@link BrowserTest} as
 * {@code == browser steps of <class>: …}. The counts do not depend on the machine's load; the times do.
 * <p>
 * A step may run inside another (a sign-in loads a page, typing waits for Vaadin): its time counts in both. The
 * second part of the line, {@code own:}, counts each moment once, for the innermost step it was spent in, and says
 * what was spent outside every step (the test's own fixtures, its assertions, the server's work between steps).
 */
public final class BrowserSteps {

    private record Tally(LongAdder count, LongAdder nanos, LongAdder ownNanos) {
    }

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

    /** A step running now: its kind, and the time of the steps that ran inside it. */
    private static final class Running {
        final String kind;
        long inner;

        Running(String kind) {
            this.kind = kind;
        }
    }

    /** The steps running now, innermost first (the tests run one thread per JVM). */
    private static final ThreadLocal<Deque<Running>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    /** The own time of the waits, by the step they waited in ("wait for Vaadin" in "type", …): which waits cost. */
    private static final Map<String, LongAdder> WAITS_IN = new ConcurrentHashMap<>();

    private static volatile long classStarted = System.nanoTime();

    private BrowserSteps() {
    }

    /** Runs {@code step} and counts it under {@code kind}. */
    public static <T> T time(String kind, Supplier<T> step) {
        Deque<Running> running = RUNNING.get();
        Running mine = new Running(kind);
        running.push(mine);
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            long elapsed = System.nanoTime() - start;
            running.pop();
            Running outer = running.peek();
            if (outer != null) {
                outer.inner += elapsed;
            }
            Tally tally = TALLIES.computeIfAbsent(kind, k -> new Tally(new LongAdder(), new LongAdder(), new LongAdder()));
            tally.count().increment();
            tally.nanos().add(elapsed);
            tally.ownNanos().add(elapsed - mine.inner);
            if (kind.startsWith("wait")) {
                WAITS_IN.computeIfAbsent(kind + " in " + (outer == null ? "the test" : outer.kind), k -> new LongAdder())
                        .add(elapsed - mine.inner);
            }
        }
    }

    public static void time(String kind, Runnable step) {
        time(kind, () -> {
            step.run();
            return null;
        });
    }

    /** Starts the count of a class anew (its tallies and its wall time). */
    static void start() {
        TALLIES.clear();
        WAITS_IN.clear();
        classStarted = System.nanoTime();
    }

    /** The tallies since the last report, as one line, and starts anew. */
    static String report() {
        Map<String, String> parts = new TreeMap<>();
        Map<String, String> own = new TreeMap<>();
        long[] inSteps = new long[1];
        TALLIES.forEach((kind, tally) -> {
            parts.put(kind, "%s %d × %.1f s".formatted(kind, tally.count().sum(), tally.nanos().sum() / 1e9));
            own.put(kind, "%s %.1f s".formatted(kind, tally.ownNanos().sum() / 1e9));
            inSteps[0] += tally.ownNanos().sum();
        });
        long wall = System.nanoTime() - classStarted;
        Map<String, String> waits = new TreeMap<>();
        WAITS_IN.forEach((where, nanos) -> waits.put(where, "%s %.1f s".formatted(where, nanos.sum() / 1e9)));
        TALLIES.clear();
        WAITS_IN.clear();
        classStarted = System.nanoTime();
        return String.join("; ", parts.values()) + " | own: " + String.join("; ", own.values())
                + "; outside the steps %.1f s of the class's %.1f s".formatted((wall - inSteps[0]) / 1e9, wall / 1e9)
                + " | waits by step: " + String.join("; ", waits.values());
    }
}
