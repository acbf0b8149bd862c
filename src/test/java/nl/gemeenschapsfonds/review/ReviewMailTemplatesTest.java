package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.templates.Templates;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-text templates of the review module's mails place their paragraphs as the mails always had them. */
class ReviewMailTemplatesTest {

    private final Templates templates = new Templates("");

    @Test
    void an_objection_received_in_time_has_no_late_paragraph() {
        assertThat(templates.renderText(ObjectionMails.RECEIVED, Locale.of("nl"), Map.of("received", "Ontvangen.",
                "closing", "Groet")).stripTrailing()).isEqualTo("Ontvangen.\n\nGroet");
    }

    @Test
    void a_late_objection_gets_the_late_paragraph_between() {
        assertThat(templates.renderText(ObjectionMails.RECEIVED, Locale.of("nl"), Map.of("received", "Ontvangen.",
                "late", "Te laat.", "closing", "Groet")).stripTrailing()).isEqualTo("Ontvangen.\n\nTe laat.\n\nGroet");
    }

    @Test
    void a_decided_objection_names_the_new_amounts_only_when_they_changed() {
        assertThat(templates.renderText(ObjectionMails.DECIDED, Locale.ENGLISH, Map.of("decided", "Decided & <done>.",
                "closing", "Regards")).stripTrailing()).isEqualTo("Decided & <done>.\n\nRegards");
        assertThat(templates.renderText(ObjectionMails.DECIDED, Locale.ENGLISH, Map.of("decided", "Decided.",
                "newAmounts", "Now € 10", "closing", "Regards")).stripTrailing()).isEqualTo("Decided.\n\nNow € 10\n\nRegards");
    }

    @Test
    void the_decision_mail_is_its_text() {
        assertThat(templates.renderText(DecisionMails.TEMPLATE, Locale.of("nl"), Map.of("decided", "Beste aanvrager,\n\nBesloten."))
                .stripTrailing()).isEqualTo("Beste aanvrager,\n\nBesloten.");
    }
}
