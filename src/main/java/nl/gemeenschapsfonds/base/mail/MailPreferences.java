package nl.gemeenschapsfonds.base.mail;

import java.util.Optional;

/**
 * The door through which the {@link Mailer} asks whether a recipient still wants an optional mail. Implemented by
 * the {@code mailbox} module, which keeps the users' choices ({@code base} may not use a feature, so it only
 * defines this port). Required mails never come here.
 */
public interface MailPreferences {

    /**
     * The optional mail {@code mail} of {@code topic} as it should go out (with the footer link that switches the
     * topic off without signing in), or empty when its recipient switched the topic off.
     */
    Optional<Mail> prepare(Mail mail, MailTopic topic);
}
