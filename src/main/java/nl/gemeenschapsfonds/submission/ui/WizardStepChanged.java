package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** The applicant changed something in a step of the wizard: the wizard saves it at the next occasion. */
class WizardStepChanged extends ComponentEvent<Component> {

    WizardStepChanged(Component step) {
        super(step, false);
    }
}
