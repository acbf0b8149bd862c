package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.organisation.TokenRefusedException;

/** What a page says when the link from a mail does not work: why, and what to do instead. */
final class TokenRefusedMessage extends Div {

    TokenRefusedMessage(String titleKey, TokenRefusedException.Reason reason) {
        setId("token-refused");
        Paragraph text = new Paragraph(getTranslation("token." + reason.name()));
        text.setId("token-refused-text");
        add(new H1(getTranslation(titleKey)), text, new Paragraph(new Anchor("login", getTranslation("token.toLogin"))));
    }
}
