package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;

import java.util.Map;

/**
 * Intake (Awb 4:5): the application is complete, or the reviewer asks a supplement with a repair term. Fires a
 * {@link CompleteEvent} or a {@link SupplementEvent} with the {@link Supplement} as typed; the page acts on them.
 */
class IntakePanel extends RecordForm<IntakePanel.Supplement> {

    /** The supplement asked and the days to repair it. */
    public record Supplement(String text, Integer days) {
    }

    /** The application is complete: on to assessment. */
    static class CompleteEvent extends ComponentEvent<IntakePanel> {
        CompleteEvent(IntakePanel source) {
            super(source, false);
        }
    }

    /** The reviewer asks for a supplement. */
    static class SupplementEvent extends ComponentEvent<IntakePanel> {

        private final Supplement supplement;

        SupplementEvent(IntakePanel source, Supplement supplement) {
            super(source, false);
            this.supplement = supplement;
        }

        Supplement supplement() {
            return supplement;
        }
    }

    private final TextArea text;
    private final WholeNumberField days;

    /** {@code applicationId}: the application whose intake this is (its supplement request is kept until sent). */
    IntakePanel(long applicationId) {
        super(Supplement.class);
        FormLayout form = getContent();
        form.addClassName("review-section");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button complete = new Button(getTranslation("review.intakeComplete"), click -> fireEvent(new CompleteEvent(this)));
        complete.setId("intake-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        text = new TextArea(getTranslation("review.supplementText"));
        text.setId("supplement-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        days = new WholeNumberField(getTranslation("review.repairDays"));
        days.setId("supplement-days");
        days.setMin(1);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        bind(text, "text");
        bind(days, "days");
        setValue(new Supplement("", 14));
        keepUntilSent("supplement/" + applicationId);
        Button request = new Button(getTranslation("review.requestSupplement"),
                click -> fireEvent(new SupplementEvent(this, getValue())));
        request.setId("supplement-request");
        // the buttons keep their own width; the text takes the whole width
        form.add(new H2(getTranslation("review.intake")), new com.vaadin.flow.component.html.Div(complete),
                new Paragraph(getTranslation("review.orSupplement")), text, days, new com.vaadin.flow.component.html.Div(request));
    }

    /** The fields by the names the intake service's problems use. */
    Map<String, HasValidation> problemFields() {
        return Map.of("supplementText", text, "repairDays", days);
    }

    Registration addCompleteListener(ComponentEventListener<CompleteEvent> listener) {
        return addListener(CompleteEvent.class, listener);
    }

    Registration addSupplementListener(ComponentEventListener<SupplementEvent> listener) {
        return addListener(SupplementEvent.class, listener);
    }
}
