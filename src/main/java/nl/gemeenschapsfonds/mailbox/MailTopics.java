package nl.gemeenschapsfonds.mailbox;

import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;

/**
 * Which optional mail topics a role is offered on its account page (issue 17): staff get reminders and the weekly
 * digest, applicants reminders and pledge news, funders pledge news. A topic is on until the user switches it off.
 */
public final class MailTopics {

    private MailTopics() {
    }

    public static List<MailTopic> offeredTo(Role role) {
        return switch (role) {
            case REVIEWER, DECISION_MAKER, FINANCE, ADMIN -> List.of(MailTopic.REMINDERS, MailTopic.WEEKLY_DIGEST);
            case APPLICANT -> List.of(MailTopic.REMINDERS, MailTopic.PLEDGE_UPDATES);
            case FUNDER -> List.of(MailTopic.PLEDGE_UPDATES);
        };
    }
}
