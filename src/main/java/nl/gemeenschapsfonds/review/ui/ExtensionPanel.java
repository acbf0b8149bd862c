package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;

import java.util.Map;

/**
 * Extending the decision deadline (Awb 4:14): the weeks and the reason the applicant will read, a full-width text area
 * (the reason was a narrow field beside the weeks). Fires an {@link ExtendEvent} with the {@link Extension} as typed.
 */
class ExtensionPanel extends RecordForm<ExtensionPanel.Extension> {

    /** What is typed: the weeks (1–8, the service checks) and the reason. */
    public record Extension(Integer weeks, String reason) {
    }

    /** The user asks to extend. */
    static class ExtendEvent extends ComponentEvent<ExtensionPanel> {

        private final Extension extension;

        ExtendEvent(ExtensionPanel source, Extension extension) {
            super(source, false);
            this.extension = extension;
        }

        Extension extension() {
            return extension;
        }
    }

    private final WholeNumberField weeks;
    private final TextArea reason;

    /** {@code applicationId}: the application whose deadline this extends (what is typed is kept until sent). */
    ExtensionPanel(long applicationId) {
        super(Extension.class);
        FormLayout form = getContent();
        form.setId("extension-panel");
        form.addClassName("review-section");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        weeks = new WholeNumberField(getTranslation("review.extensionWeeks"));
        weeks.setId("extension-weeks");
        weeks.setMin(1);
        weeks.setMax(8);
        reason = new TextArea(getTranslation("review.extensionReason"));
        reason.setId("extension-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        bind(weeks, "weeks");
        bind(reason, "reason");
        keepUntilSent("extension/" + applicationId);
        Button extend = new Button(getTranslation("review.extend"), click -> fireEvent(new ExtendEvent(this, getValue())));
        extend.setId("extension-save");
        form.add(new H2(getTranslation("review.extension")), 3);
        form.add(weeks, 1);
        form.add(reason, 2);
        form.add(new com.vaadin.flow.component.html.Div(extend), 3); // the button keeps its own width
    }

    /** The fields by the names the deadline service's problems use. */
    Map<String, HasValidation> problemFields() {
        return Map.of("extensionWeeks", weeks, "extensionReason", reason);
    }

    Registration addExtendListener(ComponentEventListener<ExtendEvent> listener) {
        return addListener(ExtendEvent.class, listener);
    }
}
