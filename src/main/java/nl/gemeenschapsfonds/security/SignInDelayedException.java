package nl.gemeenschapsfonds.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in attempt that came too soon after failures (see {@code SignInDelays}): the password was not
 * checked. The sign-in page says how many seconds to wait; it says the same for unknown addresses.
 */
public class SignInDelayedException extends AuthenticationException {

    private final long seconds;

    SignInDelayedException(Duration wait) {
        super("Sign-in attempt too soon after failures; wait " + wait);
        this.seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }

    /** Whole seconds to wait, at least one. */
    public long seconds() {
        return seconds;
    }
}
