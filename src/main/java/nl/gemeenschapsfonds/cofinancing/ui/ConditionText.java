package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.CoFinancingCondition;

import java.util.Locale;

/** A grant's co-financing condition in words, the same for applicant, funder and staff. */
final class ConditionText {

    private ConditionText() {
    }

    static Paragraph of(Component view, CoFinancingCondition condition) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        String due = Formats.date(condition.dueOn(), locale);
        String text;
        if (condition.fulfilled()) {
            text = view.getTranslation("coFinancingCondition.fulfilled", due,
                    Formats.date(java.time.LocalDate.ofInstant(condition.fulfilledAt(), Formats.ZONE), locale));
        } else if (condition.notMet()) {
            text = view.getTranslation("coFinancingCondition.notMet", due);
        } else {
            text = view.getTranslation("coFinancingCondition.open", due);
        }
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("cofinancing-condition");
        paragraph.getElement().getThemeList().add(condition.fulfilled() ? "badge success" : condition.notMet() ? "badge error"
                : "badge contrast");
        return paragraph;
    }
}
