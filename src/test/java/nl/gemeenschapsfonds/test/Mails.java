package nl.gemeenschapsfonds.test;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** The mails a GreenMail server received for one address, as subject and plain-text body. */
public final class Mails {

    /**
     * The in-process SMTP server of the tests: port 3025, or {@code -Dtest.smtp.port=N} so that two builds can run
     * side by side on one machine. When failsafe runs several JVMs side by side ({@code -Dit.forks=2}, passed on as
     * {@code test.forks}; issue 20), each takes a free port of its own. The application's mail port is this one
     * ({@link TestSmtpPort}).
     */
    public static final ServerSetup SMTP = new ServerSetup(port(), null, ServerSetup.PROTOCOL_SMTP);

    private static int port() {
        int configured = Integer.getInteger("test.smtp.port", 3025);
        if (Integer.getInteger("test.forks", 1) <= 1) {
            return configured;
        }
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Mails() {
    }

    public record Received(String subject, String body) {
    }

    /** The mails to {@code address} so far, oldest first. */
    public static List<Received> to(GreenMailExtension greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(message -> {
                    try {
                        return new Received(message.getSubject(), text(message.getContent()).replace("\r\n", "\n"));
                    } catch (MessagingException | java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits (up to five seconds) until {@code address} has received at least {@code count} mails, and answers them. */
    public static List<Received> await(GreenMailExtension greenMail, String address, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        List<Received> received = to(greenMail, address);
        while (received.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            received = to(greenMail, address);
        }
        return received;
    }

    /** The decoded plain text of a mail's content: the first text part of a multipart mail. */
    private static String text(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return text(part.getContent());
                }
            }
        }
        return "";
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
