package nl.gemeenschapsfonds.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.base.ui.PublicPage;
import nl.gemeenschapsfonds.mailbox.MailChoices;
import nl.gemeenschapsfonds.mailbox.UnsubscribeRefusedException;

import java.util.List;

/**
 * The link under an optional mail ({@code mail/unsubscribe?token=…}, issue 17): without signing in, the page says which
 * mails the link switches off and does so on one press (a mail scanner opening the link changes nothing). A changed or
 * made-up link gets a clear page and switches nothing off.
 */
@Route(value = "mail/unsubscribe", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final MailChoices choices;

    UnsubscribeView(MailChoices choices) {
        super("unsubscribe-view");
        this.choices = choices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of())
                .stream().findFirst().orElse(null);
        content.removeAll();
        MailTopic topic;
        try {
            topic = choices.check(token);
        } catch (UnsubscribeRefusedException refused) {
            refused();
            return;
        }
        String what = getTranslation("mailPrefs.topic." + topic.name());
        Paragraph question = new Paragraph(getTranslation("unsubscribe.question", what));
        question.setId("unsubscribe-question");
        Button off = new Button(getTranslation("unsubscribe.confirm"));
        off.setId("unsubscribe-confirm");
        off.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        off.addClickListener(click -> {
            try {
                choices.unsubscribe(token);
            } catch (UnsubscribeRefusedException refused) {
                content.removeAll();
                refused();
                return;
            }
            content.removeAll();
            Paragraph done = new Paragraph(getTranslation("unsubscribe.done", what));
            done.setId("unsubscribe-done");
            content.add(new H1(getTranslation("unsubscribe.title")), done,
                    new Paragraph(getTranslation("unsubscribe.account")), new Anchor("account", getTranslation("unsubscribe.toAccount")));
        });
        content.add(new H1(getTranslation("unsubscribe.title")), question,
                new Paragraph(getTranslation("unsubscribe.required")), off);
    }

    private void refused() {
        Paragraph text = new Paragraph(getTranslation("unsubscribe.refused"));
        text.setId("unsubscribe-refused");
        content.add(new H1(getTranslation("unsubscribe.refusedTitle")), text,
                new Anchor("account", getTranslation("unsubscribe.toAccount")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " | " + getTranslation("app.name");
    }
}
