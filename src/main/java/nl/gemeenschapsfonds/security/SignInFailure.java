package nl.gemeenschapsfonds.security;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the sign-in page may show after a failed attempt, read from the HTTP session where the failure
 * handler left it: the e-mail address as typed (neutralised), so the person need not type it again,
 * when the attempt came too soon after failures, how many seconds to wait, and whether the page the
 * form was sent from had expired.
 */
public record SignInFailure(String typedEmail, Optional<Long> waitSeconds, boolean pageExpired) {

    static final String TYPED_EMAIL = SignInFailure.class.getName() + ".typedEmail";
    static final String EXCEPTION = "SPRING_SECURITY_LAST_EXCEPTION";

    /**
     * The last failure in this session, given a way to read a session attribute (for Vaadin:
     * {@code VaadinSession.getCurrent().getSession()::getAttribute}); empty when there was none.
     */
    public static Optional<SignInFailure> from(Function<String, Object> sessionAttribute) {
        Object email = sessionAttribute.apply(TYPED_EMAIL);
        Object exception = sessionAttribute.apply(EXCEPTION);
        if (email == null && exception == null) {
            return Optional.empty();
        }
        Optional<Long> wait = exception instanceof SignInDelayedException delayed
                ? Optional.of(delayed.seconds()) : Optional.empty();
        return Optional.of(new SignInFailure(email instanceof String typed ? typed : "", wait,
                exception instanceof StaleSignInPageFilter.ExpiredPage));
    }
}
