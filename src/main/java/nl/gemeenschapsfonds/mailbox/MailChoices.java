package nl.gemeenschapsfonds.mailbox;

import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.MailOutbox;
import nl.gemeenschapsfonds.base.mail.MailPreferences;
import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.security.AccountErased;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each user's choice of optional mails (issue 17, docs/adr/0025-inzage-erasure-mail-preferences.md): the topics of
 * {@link MailTopics} are on until switched off, on the account page or with the link in such a mail. The
 * {@link nl.gemeenschapsfonds.base.mail.Mailer} asks here ({@link MailPreferences}) before it sends an optional mail,
 * and puts the switch-off link under it. The table {@code mail_preference} is this module's.
 */
@Service
public class MailChoices implements MailPreferences, PersonalDataSource {

    private static final Logger log = LoggerFactory.getLogger(MailChoices.class);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final UnsubscribeLinks links;
    private final Translations translations;
    private final MailOutbox outbox;
    private final Clock clock;

    MailChoices(JdbcClient jdbc, CurrentUser currentUser, UserAccounts accounts, UnsubscribeLinks links,
                Translations translations, MailOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.links = links;
        this.translations = translations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One topic as the account page shows it. */
    public record Choice(MailTopic topic, boolean on) {
    }

    /** The signed-in user's topics, each on or off. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Choice> mine() {
        SignedInUser user = currentUser.require();
        Set<MailTopic> off = switchedOff(user.id());
        return MailTopics.offeredTo(user.role()).stream().map(topic -> new Choice(topic, !off.contains(topic))).toList();
    }

    /**
     * Switches the signed-in user's topics to {@code on}; topics not offered to the role are refused.
     *
     * @throws IllegalArgumentException for a topic the user's role is not offered
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseMine(Set<MailTopic> on) {
        SignedInUser user = currentUser.require();
        List<MailTopic> offered = MailTopics.offeredTo(user.role());
        if (!offered.containsAll(on)) {
            throw new IllegalArgumentException("Topics not offered to " + user.role() + ": " + on);
        }
        for (MailTopic topic : offered) {
            set(user.id(), topic, on.contains(topic));
        }
    }

    /**
     * What the link from an optional mail would switch off, without switching it (the page asks first: a mail
     * scanner that opens links must not change anyone's choice).
     *
     * @throws UnsubscribeRefusedException when the link was changed or made up, or its account is gone
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public MailTopic check(String token) {
        UnsubscribeLinks.Target target = links.verify(token).orElseThrow(UnsubscribeRefusedException::new);
        accounts.account(target.userId()).filter(facts -> !facts.erased()).orElseThrow(UnsubscribeRefusedException::new);
        return target.topic();
    }

    /**
     * The link from an optional mail: switches its topic off for its user, without signing in, and answers the topic.
     *
     * @throws UnsubscribeRefusedException when the link was changed or made up, or its account is gone
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public MailTopic unsubscribe(String token) {
        UnsubscribeLinks.Target target = links.verify(token).orElseThrow(UnsubscribeRefusedException::new);
        UserAccounts.AccountFacts account = accounts.account(target.userId())
                .filter(facts -> !facts.erased()).orElseThrow(UnsubscribeRefusedException::new);
        set(account.id(), target.topic(), false);
        log.info("User {} switched {} off with the link in a mail", account.id(), target.topic());
        return target.topic();
    }

    /** For the Mailer: the optional mail with its switch-off link, or empty when its recipient switched it off. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Mail> prepare(Mail mail, MailTopic topic) {
        Optional<UserAccounts.AccountFacts> account = accounts.accountByEmail(mail.to());
        if (account.isEmpty()) {
            return Optional.of(mail);
        }
        if (switchedOff(account.get().id()).contains(topic)) {
            return Optional.empty();
        }
        return Optional.of(mail.withFooter(translations.get(account.get().language(), "mailPrefs.footer",
                translations.get(account.get().language(), "mailPrefs.topic." + topic.name()),
                links.link(account.get().id(), topic))));
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        Map<String, Object> data = new LinkedHashMap<>();
        Set<MailTopic> off = switchedOff(subject.userId());
        data.put("mailPreferences", MailTopics.offeredTo(subject.role()).stream()
                .map(topic -> Map.of("topic", topic.name(), "on", !off.contains(topic))).toList());
        data.put("mailsKept", outbox.keptFor(subject.email()).stream().map(kept -> {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("subject", kept.subject());
            mail.put("body", kept.body());
            mail.put("status", kept.status());
            mail.put("createdAt", kept.createdAt().toString());
            mail.put("sentAt", kept.sentAt() == null ? null : kept.sentAt().toString());
            return mail;
        }).toList());
        return new Section("mail", data, List.of());
    }

    /** The erased person gets no mail any more: their choices and the mails to their address go. */
    @EventListener
    @Transactional
    public void onAccountErased(AccountErased erased) {
        jdbc.sql("delete from mail_preference where user_id = ?").param(erased.userId()).update();
        outbox.forget(erased.formerEmail());
    }

    private Set<MailTopic> switchedOff(long userId) {
        Set<MailTopic> off = EnumSet.noneOf(MailTopic.class);
        jdbc.sql("select topic from mail_preference where user_id = ?").param(userId)
                .query((rs, row) -> MailTopic.valueOf(rs.getString(1))).list().forEach(off::add);
        return off;
    }

    private void set(long userId, MailTopic topic, boolean on) {
        if (on) {
            jdbc.sql("delete from mail_preference where user_id = ? and topic = ?").params(userId, topic.name()).update();
        } else {
            jdbc.sql("""
                            insert into mail_preference (user_id, topic, switched_off_at) values (?, ?, ?)
                            on conflict (user_id, topic) do nothing""")
                    .params(userId, topic.name(), Timestamp.from(clock.instant())).update();
        }
    }
}
