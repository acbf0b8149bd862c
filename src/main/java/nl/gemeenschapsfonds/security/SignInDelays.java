package nl.gemeenschapsfonds.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a next sign-in attempt must wait after failures, so that guessing is slow while the owner
 * of an account is never kept out by someone else (docs/adr/0020-local-identity.md).
 * <ul>
 *   <li>Per account <em>from one client address</em>: after the n-th failure in {@link #WINDOW} the next
 *       attempt waits 1 s, 2 s, 4 s … up to {@link #CAP}. Someone else's failures, from another address,
 *       never delay the owner.</li>
 *   <li>Per client address, over all accounts (trying one password on many accounts): the same steps,
 *       but only after {@value #FREE_ADDRESS_FAILURES} failures, so colleagues behind one office address
 *       who mistype do not slow each other.</li>
 *   <li>Per account over all addresses (many addresses at once): the owner gets a mail after
 *       {@value #WARN_AFTER} failures in {@link #ACCOUNT_WINDOW}, and only after {@value #LOCK_AFTER}
 *       the account is locked for {@link #LOCK_DURATION}; a password reset lifts the lock.</li>
 * </ul>
 */
final class SignInDelays {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration CAP = Duration.ofSeconds(60);
    static final int FREE_ADDRESS_FAILURES = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofHours(24);
    static final int WARN_AFTER = 10;
    static final int LOCK_AFTER = 50;
    static final Duration LOCK_DURATION = Duration.ofHours(1);

    private SignInDelays() {
    }

    /** The pause after {@code failures} failures in a row: none, then 1 s, 2 s, 4 s … at most {@link #CAP}. */
    static Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = failures > 7 ? CAP.toSeconds() : Math.min(1L << (failures - 1), CAP.toSeconds());
        return Duration.ofSeconds(seconds);
    }

    /** What the failures recently seen for one attempt add up to. */
    record Recent(int accountFromAddress, Instant lastAccountFromAddress, int fromAddress, Instant lastFromAddress) {
    }

    /** How long this attempt still has to wait at {@code now}; zero when it may go ahead. */
    static Duration waitBefore(Recent recent, Instant now) {
        Duration forAccount = remaining(recent.lastAccountFromAddress(), delayAfter(recent.accountFromAddress()), now);
        Duration forAddress = remaining(recent.lastFromAddress(),
                delayAfter(recent.fromAddress() - FREE_ADDRESS_FAILURES), now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    /** Whether the owner should hear of the failures now: at {@value #WARN_AFTER}, unless warned in the last day. */
    static boolean warnOwner(long accountFailures, Instant lastWarned, Instant now) {
        return accountFailures >= WARN_AFTER && (lastWarned == null || lastWarned.isBefore(now.minus(ACCOUNT_WINDOW)));
    }

    static boolean lock(long accountFailures) {
        return accountFailures >= LOCK_AFTER;
    }

    private static Duration remaining(Instant last, Duration delay, Instant now) {
        if (last == null || delay.isZero()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
