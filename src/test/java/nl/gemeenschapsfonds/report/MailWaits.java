package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.test.Mails;

/** Waits for one mail among many: the outbox sends after the commit, so a test waits for the one it means. */
public final class MailWaits {

    private MailWaits() {
    }

    /** Waits (up to five seconds) for a mail to {@code address} whose subject starts so, and answers it. */
    public static Mails.Received subject(GreenMailExtension greenMail, String address, String subjectStart) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < until) {
            var found = Mails.to(greenMail, address).stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No mail to " + address + " starting with " + subjectStart + ": " + Mails.to(greenMail, address));
    }
}
