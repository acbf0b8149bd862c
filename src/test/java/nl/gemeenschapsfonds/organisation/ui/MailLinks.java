package nl.gemeenschapsfonds.organisation.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The token in the link of the mail GreenMail received for an address. */
final class MailLinks {

    private MailLinks() {
    }

    static String token(GreenMailExtension greenMail, String address, String route) throws Exception {
        long until = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                    Matcher link = Pattern.compile("/" + route + "\\?token=([A-Za-z0-9_-]+)").matcher(String.valueOf(message.getContent()));
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            greenMail.waitForIncomingEmail(250, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail with a " + route + " link to " + address);
    }
}
