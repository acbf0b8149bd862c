package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.fund.AuthorityAddress;
import nl.gemeenschapsfonds.security.Role;

import java.util.Map;

/** The administrator sets where objections to the authority's decisions go: printed in every decision letter. */
@Route("authority")
@Menu(title = "menu.authorityAddress", order = 37, icon = "ENVELOPE")
@RolesAllowed(Role.ADMIN_)
class AuthorityAddressView extends VerticalLayout implements HasDynamicTitle {

    AuthorityAddressView(AuthorityAddress addresses) {
        setId("authority-address-view");
        setMaxWidth("50em");
        AuthorityAddress.Postal postal = addresses.mine();
        add(new H1(getTranslation("authorityAddress.title", postal.name())),
                new Paragraph(getTranslation("authorityAddress.intro")));
        TextArea address = new TextArea(getTranslation("authorityAddress.field"));
        address.setId("authority-postal-address");
        address.setWidthFull();
        address.setMinRows(3);
        address.setHelperText(getTranslation("authorityAddress.helper"));
        address.setValue(postal.address() == null ? "" : postal.address());
        Button save = new Button(getTranslation("action.save"), click -> {
            ProblemMessages.clear(Map.of("postalAddress", address));
            try {
                addresses.saveMine(address.getValue());
                Notification.show(getTranslation("authorityAddress.saved"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, Map.of("postalAddress", address), message -> Notification.show(message, 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        save.setId("authority-address-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(address, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authorityAddress.pageTitle");
    }
}
