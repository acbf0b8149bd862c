package nl.gemeenschapsfonds.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.mail.MailTopic;
import nl.gemeenschapsfonds.mailbox.MailChoices;
import nl.gemeenschapsfonds.privacy.Erasures;
import nl.gemeenschapsfonds.privacy.MyDataController;
import nl.gemeenschapsfonds.security.AccountPageSection;
import nl.gemeenschapsfonds.security.AccountSettings;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.Role;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Mijn gegevens" on the account page (issue 17): the download of everything held about the user (applicants and
 * funder users), their choice of optional mails (everyone), and the request to close their account (applicants and
 * funder users; an administrator erases it).
 */
@org.springframework.stereotype.Component
class PrivacyAccountSection implements AccountPageSection {

    private final CurrentUser currentUser;
    private final MailChoices mailChoices;
    private final Erasures erasures;
    private final AccountSettings settings;

    PrivacyAccountSection(CurrentUser currentUser, MailChoices mailChoices, Erasures erasures, AccountSettings settings) {
        this.currentUser = currentUser;
        this.mailChoices = mailChoices;
        this.erasures = erasures;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Role role = currentUser.require().role();
        boolean citizen = role == Role.APPLICANT || role == Role.FUNDER;
        VerticalLayout section = new VerticalLayout();
        section.setId("privacy-section");
        section.setPadding(false);
        section.add(new H2(section.getTranslation("privacy.account.title")));
        if (citizen) {
            section.add(download(section));
        }
        section.add(mailPreferences());
        if (citizen) {
            section.add(closeAccount());
        }
        return section;
    }

    private VerticalLayout download(VerticalLayout parent) {
        Anchor anchor = new Anchor(MyDataController.PATH, parent.getTranslation("privacy.download.link"));
        anchor.setId("privacy-download");
        anchor.setRouterIgnore(true);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("download", true);
        VerticalLayout part = new VerticalLayout(new H3(parent.getTranslation("privacy.download.title")),
                new Paragraph(parent.getTranslation("privacy.download.intro")), anchor);
        part.setPadding(false);
        return part;
    }

    private VerticalLayout mailPreferences() {
        VerticalLayout part = new VerticalLayout();
        part.setId("mail-preferences");
        part.setPadding(false);
        part.add(new H3(part.getTranslation("mailPrefs.title")), new Paragraph(part.getTranslation("mailPrefs.intro")));
        Map<MailTopic, Checkbox> boxes = new LinkedHashMap<>();
        for (MailChoices.Choice choice : mailChoices.mine()) {
            Checkbox box = new Checkbox(part.getTranslation("mailPrefs.topic." + choice.topic().name()), choice.on());
            box.setId("mail-pref-" + choice.topic().name());
            box.setHelperText(part.getTranslation("mailPrefs.help." + choice.topic().name()));
            boxes.put(choice.topic(), box);
            part.add(box);
        }
        Paragraph saved = new Paragraph();
        saved.setId("mail-preferences-saved");
        saved.setVisible(false);
        Button save = new Button(part.getTranslation("mailPrefs.save"), click -> {
            Set<MailTopic> on = EnumSet.noneOf(MailTopic.class);
            boxes.forEach((topic, box) -> {
                if (box.getValue()) {
                    on.add(topic);
                }
            });
            mailChoices.chooseMine(on);
            saved.setText(part.getTranslation("mailPrefs.saved"));
            saved.setVisible(true);
        });
        save.setId("mail-preferences-save");
        part.add(new Paragraph(part.getTranslation("mailPrefs.required")), save, saved);
        return part;
    }

    private VerticalLayout closeAccount() {
        VerticalLayout part = new VerticalLayout();
        part.setId("close-account");
        part.setPadding(false);
        part.add(new H3(part.getTranslation("privacy.close.title")));
        Optional<java.time.Instant> asked = erasures.myOpenRequest();
        Paragraph state = new Paragraph();
        state.setId("close-account-state");
        if (asked.isPresent()) {
            state.setText(part.getTranslation("privacy.close.asked", Formats.dateTime(asked.get(), locale(part))));
            part.add(state);
            return part;
        }
        TextField confirm = new TextField(part.getTranslation("privacy.close.confirmLabel"));
        confirm.setId("close-account-confirm");
        confirm.setWidthFull();
        confirm.setHelperText(part.getTranslation("privacy.close.confirmHelp"));
        Button ask = new Button(part.getTranslation("privacy.close.submit"));
        ask.setId("close-account-submit");
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.addClickListener(click -> {
            String typed = confirm.getValue() == null ? "" : confirm.getValue().strip();
            if (!typed.equalsIgnoreCase(settings.currentEmail())) {
                confirm.setErrorMessage(part.getTranslation("privacy.close.confirmWrong"));
                confirm.setInvalid(true);
                return;
            }
            confirm.setInvalid(false);
            erasures.requestClosing();
            part.remove(confirm, ask);
            state.setText(part.getTranslation("privacy.close.asked",
                    Formats.dateTime(erasures.myOpenRequest().orElseThrow(), locale(part))));
        });
        part.add(new Paragraph(part.getTranslation("privacy.close.intro")), confirm, ask, state);
        return part;
    }

    private static Locale locale(com.vaadin.flow.component.Component component) {
        return component.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
