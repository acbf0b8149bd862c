package nl.gemeenschapsfonds.test;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a browser test class spends its time (issue 20 item 6): the count and the wall time of each kind of step
 * (a full page load, a router navigation, a sign-in, axe-core's injection and its run), printed once per class by
 * {@link BrowserTest} as {@code == browser steps of <class>: …}. The counts do not depend on the machine's load; the
 * times do.
 */
public final class BrowserSteps {

    private record Tally(LongAdder count, LongAdder nanos) {
    }

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

    private BrowserSteps() {
    }

    /** Runs {@code step} and counts it under {@code kind}. */
    public static <T> T time(String kind, Supplier<T> step) {
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            Tally tally = TALLIES.computeIfAbsent(kind, k -> new Tally(new LongAdder(), new LongAdder()));
            tally.count().increment();
            tally.nanos().add(System.nanoTime() - start);
        }
    }

    public static void time(String kind, Runnable step) {
        time(kind, () -> {
            step.run();
            return null;
        });
    }

    /** The tallies since the last report, as one line, and starts anew. */
    static String report() {
        Map<String, String> parts = new TreeMap<>();
        TALLIES.forEach((kind, tally) -> parts.put(kind, "%s %d × %.1f s".formatted(kind, tally.count().sum(), tally.nanos().sum() / 1e9)));
        TALLIES.clear();
        return String.join("; ", parts.values());
    }
}
