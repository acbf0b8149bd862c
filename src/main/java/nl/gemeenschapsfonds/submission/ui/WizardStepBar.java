package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** The wizard's steps as a navigation bar: a button per step, the current one marked for sight and for screen readers. */
class WizardStepBar extends Composite<HorizontalLayout> {

    private final List<Button> buttons = new ArrayList<>();

    WizardStepBar(int steps, IntConsumer goTo) {
        HorizontalLayout bar = getContent();
        bar.setId("wizard-steps");
        bar.getElement().setAttribute("role", "navigation");
        bar.getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        bar.setWrap(true);
        for (int step = 1; step <= steps; step++) {
            int target = step;
            Button button = new Button(step + ". " + getTranslation("wizard.step" + step), click -> goTo.accept(target));
            button.setId("wizard-step-" + step);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(button);
            bar.add(button);
        }
    }

    /** Marks {@code step} (from 1) as the current one. */
    void select(int step) {
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            if (i == step - 1) {
                button.getElement().setAttribute("aria-current", "step");
                button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.getElement().removeAttribute("aria-current");
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
        }
    }
}
