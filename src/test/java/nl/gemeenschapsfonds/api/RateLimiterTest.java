package nl.gemeenschapsfonds.api;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void a_caller_over_the_limit_waits_until_the_next_minute_and_others_are_not_affected() {
        RateLimiter limiter = new RateLimiter(at("2027-03-01T10:00:15Z"));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("client:a", 3)).isZero();
        }
        assertThat(limiter.acquire("client:a", 3)).isEqualTo(45);
        assertThat(limiter.acquire("client:b", 3)).isZero();
    }

    @Test
    void a_new_minute_starts_a_new_window() {
        Instant[] now = {Instant.parse("2027-03-01T10:00:59Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RateLimiter limiter = new RateLimiter(clock);
        assertThat(limiter.acquire("client:a", 1)).isZero();
        assertThat(limiter.acquire("client:a", 1)).isEqualTo(1);
        now[0] = Instant.parse("2027-03-01T10:01:00Z");
        assertThat(limiter.acquire("client:a", 1)).isZero();
    }
}
