package nl.gemeenschapsfonds.organisation;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the mails GreenMail received: the one for an address, its text and the token in its link. */
final class MailBox {

    private MailBox() {
    }

    record Received(String to, String subject, String text) {

        /** The token of the link to {@code route} in this mail, e.g. {@code confirm?token=…}. */
        String token(String route) {
            Matcher link = Pattern.compile("http://localhost:8080/" + route + "\\?token=([A-Za-z0-9_-]+)").matcher(text);
            assertThat(link.find()).as("a %s link in: %s", route, text).isTrue();
            return link.group(1);
        }
    }

    /** Waits for the mail to this address and returns it; fails when none comes within 5 seconds. */
    static Received mailTo(GreenMailExtension greenMail, String address) throws MessagingException, IOException {
        long until = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                    return new Received(address, message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"));
                }
            }
            greenMail.waitForIncomingEmail(250, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + address);
    }

    static long mailsTo(GreenMailExtension greenMail, String address) throws MessagingException {
        long count = 0;
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                count++;
            }
        }
        return count;
    }
}
