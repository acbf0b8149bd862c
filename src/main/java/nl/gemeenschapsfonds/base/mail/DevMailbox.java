package nl.gemeenschapsfonds.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** The last mails of the embedded default, kept in memory for the administrator's dev mailbox page. */
@Component
public class DevMailbox {

    private static final int KEEP = 200;

    private final Deque<Received> mails = new ConcurrentLinkedDeque<>();
    private final Clock clock;
    private final boolean active;

    DevMailbox(Clock clock, @Value("${app.mail.mode:log}") String mode) {
        this.clock = clock;
        this.active = !"smtp".equals(mode);
    }

    /**
     * Whether mails are kept here: with {@code app.mail.mode=log} (the embedded default). With
     * {@code smtp} they go out through the mail server and this mailbox stays empty.
     */
    public boolean active() {
        return active;
    }

    public record Received(Instant at, Mail mail) {
    }

    void add(Mail mail) {
        mails.addFirst(new Received(clock.instant(), mail));
        while (mails.size() > KEEP) {
            mails.removeLast();
        }
    }

    /** Newest first. */
    public List<Received> mails() {
        return new ArrayList<>(mails);
    }
}
