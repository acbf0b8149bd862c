package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.base.Formats;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's clock in tests: the real time, unless a test moves it to a later day ({@link #travelTo}) to see
 * what happens once a date has come (an advance becomes due, the bank books a batch). Every test that moves it puts
 * it back ({@link #reset}) in a {@code finally}, because all tests share one Spring context.
 */
@Component
@Primary
public class TestClock extends Clock {

    private static final Clock SYSTEM = Clock.systemDefaultZone();
    private volatile Duration offset = Duration.ZERO;

    /** From now on "today" is {@code day} (around noon in the Netherlands). */
    public void travelTo(LocalDate day) {
        Instant target = day.atTime(LocalTime.NOON).atZone(Formats.ZONE).toInstant();
        offset = Duration.between(SYSTEM.instant(), target);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    /** Runs {@code work} on {@code day} and puts the clock back afterwards. */
    public <T> T on(LocalDate day, java.util.concurrent.Callable<T> work) throws Exception {
        travelTo(day);
        try {
            return work.call();
        } finally {
            reset();
        }
    }

    /** Runs {@code work}, which answers nothing, on {@code day} and puts the clock back afterwards. */
    public void onDay(LocalDate day, Step work) throws Exception {
        travelTo(day);
        try {
            work.run();
        } finally {
            reset();
        }
    }

    /** A piece of a test that answers nothing. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    @Override
    public ZoneId getZone() {
        return SYSTEM.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(SYSTEM.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return SYSTEM.instant().plus(offset);
    }
}
