package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.KvkNumber;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.organisation.LegalForm;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.organisation.OrganisationMembers;
import nl.gemeenschapsfonds.organisation.OrganisationProfile;
import nl.gemeenschapsfonds.organisation.OrganisationProfiles;
import nl.gemeenschapsfonds.organisation.EmailConfirmations;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The applicant's own organisation: its profile (legal name, KvK number, legal form, address,
 * municipality, IBAN and account holder, phone), what is still missing before an application can
 * be submitted, its users, and inviting a colleague. Always the signed-in user's own
 * organisation: the page takes no id.
 */
@Route(OrganisationNavigation.PROFILE)
@Menu(title = "menu.organisation", order = 15, icon = "BUILDING")
@RolesAllowed(Role.APPLICANT_)
class OrganisationProfileView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationProfiles profiles;
    private final EmailConfirmations confirmations;

    private final TextField legalName = new TextField();
    private final TextField kvkNumber = new TextField();
    private final Select<LegalForm> legalForm = new Select<>();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField iban = new TextField();
    private final TextField accountHolder = new TextField();
    private final TextField phone = new TextField();
    private final Map<String, HasValidation> fields;
    private final Paragraph missing = new Paragraph();
    private OrganisationProfile profile;

    OrganisationProfileView(OrganisationProfiles profiles, OrganisationMembers members, EmailConfirmations confirmations) {
        this.profiles = profiles;
        this.confirmations = confirmations;
        setId("organisation-profile-view");
        setMaxWidth("64em");

        text(legalName, "legal-name", "organisation.legalName", 200);
        legalName.setRequiredIndicatorVisible(true);
        text(kvkNumber, "kvk-number", "organisation.kvkNumber", 12);
        kvkNumber.setHelperText(getTranslation("organisation.kvkNumber.helper"));
        checkedAtTheField(kvkNumber, KvkNumber::isValid, "organisation.validation.kvk");
        legalForm.setLabel(getTranslation("organisation.legalForm"));
        legalForm.setId("legal-form");
        legalForm.setItems(LegalForm.values());
        legalForm.setItemLabelGenerator(form -> form == null ? "" : getTranslation("legalForm." + form.name()));
        legalForm.setEmptySelectionAllowed(true);
        legalForm.setEmptySelectionCaption(getTranslation("organisation.legalForm.choose"));
        text(street, "street", "organisation.street", 200);
        text(postcode, "postcode", "organisation.postcode", 7);
        postcode.setHelperText(getTranslation("organisation.postcode.helper"));
        checkedAtTheField(postcode, Postcode::isValid, "organisation.validation.postcode");
        text(city, "city", "organisation.city", 100);
        municipality.setLabel(getTranslation("organisation.municipality"));
        municipality.setId("municipality");
        municipality.setItems(profiles.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        text(iban, "iban", "organisation.iban", 42);
        iban.setHelperText(getTranslation("organisation.iban.helper"));
        checkedAtTheField(iban, Iban::isValid, "organisation.validation.iban");
        text(accountHolder, "account-holder", "organisation.accountHolder", 200);
        text(phone, "phone", "organisation.phone", 30);
        fields = Map.of("legalName", legalName, "kvkNumber", kvkNumber, "legalForm", legalForm, "street", street,
                "postcode", postcode, "city", city, "municipalityCode", municipality, "iban", iban,
                "accountHolder", accountHolder, "phone", phone);

        FormLayout form = new FormLayout(legalName, kvkNumber, legalForm, street, postcode, city, municipality, iban,
                accountHolder, phone);
        form.setColspan(legalName, 2);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        missing.setId("profile-missing");

        add(new H1(getTranslation("organisation.title")));
        if (!confirmations.isEmailConfirmed()) {
            add(unconfirmedBanner());
        }
        add(missing, form, save, new MembersSection(members::members, members::openInvitations, members::invite));

        profile = profiles.myOrganisation();
        show(profile);
    }

    private Div unconfirmedBanner() {
        Span text = new Span(getTranslation("organisation.unconfirmed"));
        Button resend = new Button(getTranslation("organisation.unconfirmed.resend"));
        resend.setId("resend-confirmation");
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        resend.addClickListener(click -> {
            confirmations.resendConfirmation();
            resend.setEnabled(false);
            success(getTranslation("organisation.unconfirmed.sent"));
        });
        Div banner = new Div(text, resend);
        banner.setId("unconfirmed-banner");
        banner.addClassName("notice");
        return banner;
    }

    private void show(OrganisationProfile shown) {
        legalName.setValue(orEmpty(shown.legalName()));
        kvkNumber.setValue(orEmpty(shown.kvkNumber()));
        legalForm.setValue(shown.legalForm());
        street.setValue(orEmpty(shown.street()));
        postcode.setValue(orEmpty(shown.postcode()));
        city.setValue(orEmpty(shown.city()));
        municipality.setValue(shown.municipalityCode() == null ? null : municipality.getListDataView().getItems()
                .filter(item -> item.code().equals(shown.municipalityCode())).findFirst().orElse(null));
        iban.setValue(shown.iban() == null ? "" : Iban.isValid(shown.iban()) ? new Iban(shown.iban()).formatted() : shown.iban());
        accountHolder.setValue(orEmpty(shown.accountHolder()));
        phone.setValue(orEmpty(shown.phone()));
        ProblemMessages.clear(fields);
        showMissing();
    }

    private void showMissing() {
        List<String> keys = profiles.missingFields(profile.id());
        missing.setText(keys.isEmpty() ? getTranslation("organisation.complete")
                : getTranslation("organisation.missing", keys.stream().map(this::getTranslation).collect(Collectors.joining(", "))));
    }

    private void save() {
        ProblemMessages.clear(fields);
        OrganisationProfile typed = new OrganisationProfile(profile.id(), profile.version(), legalName.getValue(),
                kvkNumber.getValue(), legalForm.getValue(), street.getValue(), postcode.getValue(), city.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().code(), iban.getValue(),
                accountHolder.getValue(), phone.getValue());
        try {
            profile = profiles.save(typed);
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, this::error);
            return;
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            error(getTranslation("edit.conflict"));
            return;
        }
        show(profile);
        success(getTranslation("organisation.saved"));
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
    }

    /** Tells what is wrong as soon as the user leaves the field; the service checks again on save. */
    private void checkedAtTheField(TextField field, Predicate<String> valid, String messageKey) {
        field.addValueChangeListener(change -> {
            boolean wrong = !change.getValue().isBlank() && !valid.test(change.getValue());
            field.setErrorMessage(wrong ? getTranslation(messageKey) : null);
            field.setInvalid(wrong);
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
