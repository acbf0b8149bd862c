package nl.gemeenschapsfonds.base.mail;

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

    DevMailbox(Clock clock) {
        this.clock = clock;
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
