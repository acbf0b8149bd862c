package nl.gemeenschapsfonds.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInDelaysTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void the_delay_doubles_after_each_failure_and_stops_at_a_minute() {
        assertThat(SignInDelays.delayAfter(0)).isZero();
        assertThat(SignInDelays.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInDelays.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInDelays.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInDelays.delayAfter(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(SignInDelays.delayAfter(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInDelays.delayAfter(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void an_attempt_waits_only_for_what_is_left_of_the_delay() {
        var recent = new SignInDelays.Recent(3, NOW.minusSeconds(1), 3, NOW.minusSeconds(1));
        assertThat(SignInDelays.waitBefore(recent, NOW)).isEqualTo(Duration.ofSeconds(3));
        assertThat(SignInDelays.waitBefore(recent, NOW.plusSeconds(3))).isZero();
    }

    @Test
    void failures_from_one_office_address_for_other_accounts_do_not_delay_until_there_are_many() {
        var colleagues = new SignInDelays.Recent(0, null, SignInDelays.FREE_ADDRESS_FAILURES, NOW);
        assertThat(SignInDelays.waitBefore(colleagues, NOW)).isZero();
        var spraying = new SignInDelays.Recent(0, null, SignInDelays.FREE_ADDRESS_FAILURES + 3, NOW);
        assertThat(SignInDelays.waitBefore(spraying, NOW)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void the_owner_is_warned_once_a_day_and_the_lock_comes_only_after_fifty() {
        assertThat(SignInDelays.warnOwner(9, null, NOW)).isFalse();
        assertThat(SignInDelays.warnOwner(10, null, NOW)).isTrue();
        assertThat(SignInDelays.warnOwner(11, NOW.minusSeconds(3600), NOW)).as("warned an hour ago").isFalse();
        assertThat(SignInDelays.warnOwner(11, NOW.minus(Duration.ofHours(25)), NOW)).isTrue();
        assertThat(SignInDelays.lock(49)).isFalse();
        assertThat(SignInDelays.lock(50)).isTrue();
    }

    @Test
    void what_was_typed_as_user_name_loses_its_line_breaks_and_is_cut_to_the_column() {
        assertThat(LogSafe.userName("a\r\nb\tc\u2028d")).isEqualTo("a__b_c_d");
        assertThat(LogSafe.userName("y".repeat(300))).hasSize(254);
        assertThat(LogSafe.userName(null)).isEmpty();
    }
}
