package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.report.ReportService;

/**
 * The report's own words, bound to a {@link ReportText} record: what was done, how many visitors a week, and what
 * changed for loneliness. Fires {@link RecordForm.ChangedEvent} on every change, so the form saves as the user types
 * (the texts also while typing, not only when the field is left: closing the tab loses nothing). What is wrong is the
 * service's to say (at the field, through ProblemMessages), and a number that cannot be read keeps the field's own
 * message.
 */
class ReportTextFields extends RecordForm<ReportText> {

    private final WholeNumberField visitors = new WholeNumberField();

    ReportTextFields() {
        super(ReportText.class);
        TextArea activities = text("activities", "report.activities");
        visitors.setLabel(getTranslation("report.visitorsPerWeek"));
        visitors.setId("report-visitorsPerWeek");
        visitors.setMin(0);
        TextArea loneliness = text("lonelinessChange", "report.lonelinessChange");
        getContent().add(bind(activities, "activities"), bind(visitors, "visitorsPerWeek"),
                bind(loneliness, "lonelinessChange"));
    }

    /** Shows the text (without firing a change). */
    void read(ReportText text) {
        setValue(new ReportText(orEmpty(text.activities()), text.visitorsPerWeek(), orEmpty(text.lonelinessChange())));
    }

    /** The field whose typed input may be unreadable (not a whole number). */
    WholeNumberField visitors() {
        return visitors;
    }

    private TextArea text(String name, String label) {
        TextArea area = new TextArea(getTranslation(label));
        area.setId("report-" + name);
        area.setMaxLength(ReportService.MAX_TEXT_LENGTH);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
        return area;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
