package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.ui.PublicStatement;
import nl.gemeenschapsfonds.records.RetentionOutcome;
import nl.gemeenschapsfonds.records.RetentionService;
import nl.gemeenschapsfonds.records.RetentionTerms;
import org.springframework.beans.factory.annotation.Value;

/**
 * The public privacy statement (issue 17 item 6): who is responsible, what the application processes about whom, why
 * (the legal bases), how long (rendered from the retention rules' defaults, not copied text), the rights and how to
 * ask for one's data (the "Mijn gegevens" download, or by letter), and whom to contact. Dutch and English; linked from
 * every page's footer and from the registration form. The processing register entry is docs/privacy/verwerkingsregister.md.
 */
@Route(value = PrivacyView.ROUTE, autoLayout = false)
@AnonymousAllowed
class PrivacyView extends PublicStatement {

    static final String ROUTE = "privacy";

    PrivacyView(RetentionService retention, @Value("${app.privacy.contact:privacy@gemeenschapsfonds.nl}") String contact) {
        super("privacy-view", "privacy.", "privacy-home");

        section("who");
        add(new Paragraph(getTranslation("privacy.who.text")));

        section("what");
        add(list("privacy.what.item", 6));

        section("why");
        add(list("privacy.why.item", 4));

        section("howLong");
        add(new Paragraph(getTranslation("privacy.howLong.text")));
        RetentionTerms terms = retention.defaultTerms();
        UnorderedList retentionList = new UnorderedList();
        retentionList.setId("privacy-retention");
        for (RetentionOutcome outcome : RetentionOutcome.CLOSING) {
            retentionList.add(new ListItem(getTranslation("privacy.howLong.term",
                    getTranslation("records.outcome." + outcome.name()), terms.asMap().get(outcome),
                    getTranslation("privacy.howLong.from." + outcome.name()))));
        }
        add(retentionList, new Paragraph(getTranslation("privacy.howLong.after")));

        section("rights");
        add(new Paragraph(getTranslation("privacy.rights.text")));
        Paragraph download = new Paragraph(getTranslation("privacy.rights.download"));
        download.setId("privacy-download");
        Paragraph letter = new Paragraph(getTranslation("privacy.rights.letter"));
        letter.setId("privacy-letter");
        add(download, letter);

        section("contact");
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("privacy-contact");
        add(new Paragraph(new Span(getTranslation("privacy.contact.text") + " "), mail),
                new Paragraph(getTranslation("privacy.contact.ap")));
    }
}
