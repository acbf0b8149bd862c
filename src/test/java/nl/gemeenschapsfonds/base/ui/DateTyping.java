package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;

/**
 * Types text that is no date into a date picker as the browser reports it: the web component keeps the text in its
 * input, sends it as {@code _inputElementValue} with an {@code unparsable-change} event, and the picker's listener sets
 * an empty value from the client. Karibu has no such event of its own.
 */
public final class DateTyping {

    private DateTyping() {
    }

    public static void typeUnreadable(DatePicker picker, String text) {
        if (!picker.isVisible() || !picker.isEnabled() || picker.isReadOnly()) {
            throw new IllegalStateException("A user cannot type into " + picker.getLabel());
        }
        picker.getElement().setProperty("_inputElementValue", text);
        try {
            Method fromBrowser = DatePicker.class.getDeclaredMethod("setModelValue", LocalDate.class, boolean.class);
            fromBrowser.setAccessible(true);
            fromBrowser.invoke(picker, null, true);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("This Vaadin version's date picker takes a value from the client differently", e);
        }
    }

    /** What the browser shows in the picker's input (kept when it is no date). */
    public static String shownText(DatePicker picker) {
        return picker.getElement().getProperty("_inputElementValue", "");
    }
}
