package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.AttachmentService;

/** Shows the attachments step of one application on its own, for the karibu tests; the wizard embeds the same panel. */
@Route("test/attachments")
@RolesAllowed(Role.APPLICANT_)
class AttachmentsPanelTestView extends Div implements HasUrlParameter<Long> {

    private final AttachmentService attachments;

    AttachmentsPanelTestView(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Override
    public void setParameter(BeforeEvent event, Long applicationId) {
        removeAll();
        try {
            add(new AttachmentsPanel(attachments, applicationId));
        } catch (NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }
}
