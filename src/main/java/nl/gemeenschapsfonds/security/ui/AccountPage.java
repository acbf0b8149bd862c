package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.base.ui.PublicPage;
import nl.gemeenschapsfonds.security.AccountTokenRefusedException;

/** The frame of the password-reset and address-change pages a visitor opens from a mail: language switch, narrow column. */
abstract class AccountPage extends PublicPage {

    AccountPage(String id) {
        super(id);
    }

    /** What the page says when the link from the mail does not work. */
    static Div refused(String titleKey, AccountTokenRefusedException.Reason reason) {
        Div refused = new Div();
        refused.setId("token-refused");
        Paragraph text = new Paragraph(refused.getTranslation("accountToken." + reason.name()));
        text.setId("token-refused-text");
        refused.add(new H1(refused.getTranslation(titleKey)), text,
                new Paragraph(new Anchor("forgot-password", refused.getTranslation("reset.requestAgain"))),
                new Paragraph(new Anchor("login", refused.getTranslation("reset.toLogin"))));
        return refused;
    }
}
