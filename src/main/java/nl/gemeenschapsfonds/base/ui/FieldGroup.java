package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A group of fields that is validated as a whole (rows of amounts per year, criteria, plan lines):
 * its message is shown below the group and announced to screen readers, like a single field's.
 */
public abstract class FieldGroup extends Composite<VerticalLayout> implements HasValidation {

    private final Span error = new Span();

    protected FieldGroup() {
        getContent().setPadding(false);
        getContent().setSpacing(false);
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    /** The message line; the subclass places it where the group's message belongs. */
    protected Span errorLine() {
        return error;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
