package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;

import java.util.List;
import java.util.Locale;

/** Date pickers that read and write dates the Dutch way in Dutch (28-11-2026), weeks starting on Monday. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new ReadingDatePicker(label);
        picker.setLocale(Translations.supported(locale));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(Formats.datePattern(locale));
        i18n.setFirstDayOfWeek(1);
        if ("en".equals(locale.getLanguage())) {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
        } else {
            i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                    "september", "oktober", "november", "december"));
            i18n.setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"));
            i18n.setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"));
            i18n.setToday("Vandaag");
            i18n.setCancel("Annuleren");
        }
        // typed text that is no date: said at the field (the value is then empty; see ProblemMessages.anyUnreadable)
        // the pattern as a reader of the language writes it: dd-mm-jjjj in Dutch (jaar), dd/mm/yyyy in English
        String pattern = picker.getTranslation(locale, "date.placeholder");
        i18n.setBadInputErrorMessage(picker.getTranslation(locale, "validation.dateUnreadable", pattern));
        picker.setI18n(i18n);
        picker.setPlaceholder(pattern);
        return picker;
    }

    /**
     * While the typed text is no date, the picker says so and keeps saying so. Vaadin's picker would keep a message set
     * on it before ("fill in this field" from a save with the date still empty) over its own, and a view that clears
     * its marks before sending, or on every change, would hide it: the user would be told the field is empty, or
     * nothing, while what they typed cannot be read. So too {@link TypedNumberField} for numbers.
     */
    private static final class ReadingDatePicker extends DatePicker {

        ReadingDatePicker(String label) {
            super(label);
        }

        /**
         * The picker's "this date cannot be read", while the typed text is no date; else {@code null}. A date the
         * view sets afterwards replaces the text (the picker's own record of it stays until the browser sends again).
         */
        private String cannotRead() {
            return isInputUnparsable() && getValue() == null && getI18n() != null ? getI18n().getBadInputErrorMessage() : null;
        }

        @Override
        protected void validate() {
            super.validate();
            if (cannotRead() != null) {
                setErrorMessage(cannotRead());
            }
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            super.setErrorMessage(cannotRead() != null ? cannotRead() : errorMessage);
        }

        @Override
        public void setInvalid(boolean invalid) {
            super.setInvalid(invalid || cannotRead() != null);
        }
    }
}
