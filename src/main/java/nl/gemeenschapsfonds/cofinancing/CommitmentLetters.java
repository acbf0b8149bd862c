package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.Html;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The letter of commitment that confirms a pledge: the PDF the funder uploads (a PDF of at most 5 MB that passes the
 * upload scan), or else a plain one generated from the pledge.
 */
@Component
class CommitmentLetters {

    static final int MAX_LETTER_BYTES = 5 * 1024 * 1024;

    private final UploadGuard guard;
    private final Translations translations;
    private final Clock clock;

    CommitmentLetters(UploadGuard guard, Translations translations, Clock clock) {
        this.guard = guard;
        this.translations = translations;
        this.clock = clock;
    }

    /** Refuses at {@code letter} an upload that is not a PDF, too large or unsafe; {@code null} (none uploaded) passes. */
    void requireAcceptable(byte[] uploadedLetter, long pledgeId) {
        if (uploadedLetter == null) {
            return;
        }
        if (uploadedLetter.length > MAX_LETTER_BYTES || !isPdf(uploadedLetter)) {
            throw new InvalidInputException("letter", "pledge.validation.letterPdf");
        }
        guard.requireSafe(uploadedLetter, "letter", "letter.pdf", "Pledge", pledgeId);
    }

    /** A plain letter of commitment, in Dutch (the language of the grant), for a funder who uploads none. */
    byte[] generate(Pledge pledge, GrantApplication application, String funderName) {
        Locale dutch = Translations.DUTCH;
        String body = "<html><head><title>Toezegging</title></head><body>"
                + "<h1>" + Html.escape(translations.get(dutch, "pledge.letter.title")) + "</h1>"
                + "<p>" + Html.escape(translations.get(dutch, "pledge.letter.text", funderName,
                Formats.money(pledge.getAmount(), dutch), String.valueOf(pledge.getYear()),
                application.getReference(), application.getTitle())) + "</p>"
                + (pledge.getDescription() == null ? "" : "<p>" + Html.escape(pledge.getDescription()) + "</p>")
                + (pledge.getConditions() == null ? "" : "<p>" + Html.escape(translations.get(dutch, "pledge.letter.conditions",
                pledge.getConditions())) + "</p>")
                + "<p>" + Html.escape(Formats.date(LocalDate.ofInstant(clock.instant(), Formats.ZONE), dutch)) + "</p>"
                + "</body></html>";
        return HtmlPdf.render(body);
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }
}
