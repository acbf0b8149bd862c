package nl.gemeenschapsfonds.test;

import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.TypedNumberField;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Types text into a number field as the browser sends it: the text, not a parsed number. */
public final class Typing {

    private Typing() {
    }

    public static void type(TypedNumberField<?, ?> field, String text) {
        TextField input = _get(field, TextField.class);
        if (!field.isVisible() || !input.isEnabled() || input.isReadOnly()) {
            throw new IllegalStateException("A user cannot type into " + field.getElement().getProperty("label"));
        }
        // karibu's "from client" path does not reach this Vaadin version's field support; the field reads any change
        input.setValue(text);
    }

    /**
     * What the browser sends for a text field or area while the user types (a lazy or eager value change): the new
     * value as a change from the client, so that listeners see {@code isFromClient()}. Karibu's own "from client" set
     * does not reach this Vaadin version's field support.
     */
    public static void typeAsBrowser(com.vaadin.flow.component.Component field, String text) {
        if (!field.isVisible() || !((com.vaadin.flow.component.HasEnabled) field).isEnabled()) {
            throw new IllegalStateException("A user cannot type into " + field.getElement().getProperty("label"));
        }
        try {
            field.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException denied) {
            throw new IllegalStateException("The browser may not change the value of this field", denied);
        }
    }
}
