package nl.gemeenschapsfonds.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.privacy.ErasureRefusedException;
import nl.gemeenschapsfonds.privacy.Erasures;
import nl.gemeenschapsfonds.privacy.PersonalDataExport;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationContacts;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The administrator's privacy desk (issue 17): the open requests to close an account, finding a person who wrote a
 * letter, producing their data for that letter (audited), setting another contact on their open applications, and
 * erasing them. Every refusal is said next to the field or the button, and what was typed stays.
 */
@Route("admin/privacy")
@Menu(title = "menu.privacyAdmin", order = 92, icon = "EYE_SLASH")
@RolesAllowed(Role.ADMIN_)
class PrivacyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Erasures erasures;
    private final PersonalDataExport export;
    private final VerticalLayout requests = new VerticalLayout();
    private final VerticalLayout found = new VerticalLayout();
    private final VerticalLayout person = new VerticalLayout();

    PrivacyAdminView(Erasures erasures, PersonalDataExport export) {
        this.erasures = erasures;
        this.export = export;
        setId("privacy-admin-view");
        setMaxWidth("60em");
        requests.setId("privacy-requests");
        requests.setPadding(false);
        found.setId("privacy-found");
        found.setPadding(false);
        person.setId("privacy-person");
        person.setPadding(false);
        TextField search = new TextField(getTranslation("privacyAdmin.search"));
        search.setId("privacy-search");
        search.setHelperText(getTranslation("privacyAdmin.search.help"));
        Button find = new Button(getTranslation("privacyAdmin.search.submit"), click -> {
            found.removeAll();
            if (search.getValue().strip().length() < 2) {
                search.setErrorMessage(getTranslation("privacyAdmin.search.tooShort"));
                search.setInvalid(true);
                return;
            }
            search.setInvalid(false);
            List<Erasures.Person> people = erasures.find(search.getValue());
            if (people.isEmpty()) {
                found.add(new Paragraph(getTranslation("privacyAdmin.search.none")));
            }
            people.forEach(p -> found.add(row(p.name() + " — " + p.email() + " (" + getTranslation("role." + p.role().name()) + ")"
                    + (p.erased() ? " · " + getTranslation("privacyAdmin.erased") : ""), "open-person-" + p.userId(),
                    () -> show(p, ""))));
        });
        find.setId("privacy-search-submit");
        HorizontalLayout searchRow = new HorizontalLayout(search, find);
        searchRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("privacyAdmin.title")), new Paragraph(getTranslation("privacyAdmin.intro")),
                new H2(getTranslation("privacyAdmin.requests")), requests,
                new H2(getTranslation("privacyAdmin.find")), searchRow, found, person);
        showRequests();
    }

    private void showRequests() {
        requests.removeAll();
        List<Erasures.Request> open = erasures.openRequests();
        if (open.isEmpty()) {
            requests.add(new Paragraph(getTranslation("privacyAdmin.requests.none")));
        }
        open.forEach(r -> requests.add(row(getTranslation("privacyAdmin.requests.row", r.name(), r.email(),
                getTranslation("role." + r.role().name()), Formats.dateTime(r.requestedAt(), getLocale())),
                "open-request-" + r.id(), () -> show(new Erasures.Person(r.userId(), r.email(), r.name(), r.role(), false),
                        getTranslation("privacyAdmin.ground.request", Formats.date(
                                r.requestedAt().atZone(Formats.ZONE).toLocalDate(), getLocale()))))));
    }

    private HorizontalLayout row(String text, String buttonId, Runnable open) {
        Button button = new Button(getTranslation("privacyAdmin.open"), click -> open.run());
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(new Span(text), button);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }

    private void show(Erasures.Person p, String ground) {
        person.removeAll();
        Paragraph who = new Paragraph(p.name() + " — " + p.email() + " (" + getTranslation("role." + p.role().name()) + ")");
        who.setId("privacy-person-name");
        person.add(new H2(getTranslation("privacyAdmin.person")), who);
        if (p.erased()) {
            person.add(new Paragraph(getTranslation("privacyAdmin.erased")));
            return;
        }
        person.add(letterPart(p), erasePart(p, ground));
    }

    private VerticalLayout letterPart(Erasures.Person p) {
        TextField letter = new TextField(getTranslation("privacyAdmin.letter"));
        letter.setId("letter-reference");
        letter.setHelperText(getTranslation("privacyAdmin.letter.help"));
        letter.setMaxLength(100);
        Div download = new Div();
        download.setId("letter-download-area");
        Button produce = new Button(getTranslation("privacyAdmin.letter.submit"), click -> {
            download.removeAll();
            if (letter.getValue().isBlank()) {
                letter.setErrorMessage(getTranslation("privacyAdmin.letter.required"));
                letter.setInvalid(true);
                return;
            }
            letter.setInvalid(false);
            byte[] zip = export.forLetter(p.userId(), letter.getValue());
            Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(zip), PersonalDataExport.fileName(), "application/zip", zip.length)), "");
            anchor.setId("letter-download");
            anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("privacyAdmin.letter.download")));
            Paragraph done = new Paragraph(getTranslation("privacyAdmin.letter.done"));
            done.setId("letter-done");
            download.add(done, anchor);
        });
        produce.setId("letter-produce");
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("privacyAdmin.letter.title")), letter, produce, download);
        part.setPadding(false);
        return part;
    }

    private VerticalLayout erasePart(Erasures.Person p, String ground) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.add(new H3(getTranslation("privacyAdmin.erase.title")), new Paragraph(getTranslation("privacyAdmin.erase.intro")));
        List<ApplicationContacts.OpenApplication> open = erasures.openApplicationsOf(p.userId());
        List<Erasures.Person> others = erasures.otherContacts(p.userId());
        for (ApplicationContacts.OpenApplication application : open) {
            ComboBox<Erasures.Person> contact = new ComboBox<>(getTranslation("privacyAdmin.contact", application.reference(),
                    application.title()));
            contact.setId("contact-" + application.id());
            contact.setItems(others);
            contact.setItemLabelGenerator(o -> o.name() + " — " + o.email());
            contact.setWidthFull();
            Button set = new Button(getTranslation("privacyAdmin.contact.submit"), click -> {
                if (contact.getValue() == null) {
                    contact.setErrorMessage(getTranslation("privacyAdmin.contact.required"));
                    contact.setInvalid(true);
                    return;
                }
                try {
                    erasures.setContact(application, contact.getValue().userId());
                } catch (ErasureRefusedException refused) {
                    // the member was switched off or erased since the list was filled
                    contact.setErrorMessage(getTranslation(refused.key(), refused.arguments().toArray()));
                    contact.setInvalid(true);
                    return;
                }
                show(p, ground);
            });
            set.setId("contact-set-" + application.id());
            if (others.isEmpty()) {
                contact.setHelperText(getTranslation("privacyAdmin.contact.noneOther"));
            }
            part.add(contact, set);
        }
        TextField groundField = new TextField(getTranslation("privacyAdmin.ground"));
        groundField.setId("erase-ground");
        groundField.setValue(ground);
        groundField.setWidthFull();
        groundField.setMaxLength(200);
        groundField.setHelperText(getTranslation("privacyAdmin.ground.help"));
        Paragraph outcome = new Paragraph();
        outcome.setId("erase-outcome");
        outcome.setVisible(false);
        Button erase = new Button(getTranslation("privacyAdmin.erase.submit"));
        erase.setId("erase-submit");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.addClickListener(click -> {
            outcome.setVisible(false);
            if (groundField.getValue().isBlank()) {
                groundField.setErrorMessage(getTranslation("privacyAdmin.ground.required"));
                groundField.setInvalid(true);
                return;
            }
            groundField.setInvalid(false);
            try {
                String pseudonym = erasures.erase(p.userId(), groundField.getValue());
                person.removeAll();
                Paragraph done = new Paragraph(getTranslation("privacyAdmin.erase.done", pseudonym));
                done.setId("erase-done");
                person.add(done);
                showRequests();
            } catch (ErasureRefusedException refused) {
                outcome.setText(getTranslation(refused.key(), refused.arguments().toArray()));
                outcome.addClassName("field-error");
                outcome.setVisible(true);
            }
        });
        part.add(groundField, erase, outcome);
        return part;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacyAdmin.title") + " | " + getTranslation("app.name");
    }
}
