package nl.gemeenschapsfonds.api;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed window of one minute per caller: at most {@code perMinute} requests in a window, then 429 until the next
 * window. Held in memory per node (behind a load balancer with N nodes a client gets at most N times the limit).
 */
final class RateLimiter {

    private record Window(long minute, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request; answers the seconds to wait when over the limit, else 0. */
    long acquire(String caller, int perMinute) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> entry.getValue().minute() < minute);
        }
        Window window = windows.compute(caller, (key, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, Duration.ofMillis((minute + 1) * 60_000 - now).toSeconds());
    }
}
