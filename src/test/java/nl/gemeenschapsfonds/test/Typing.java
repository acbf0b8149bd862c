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
}
