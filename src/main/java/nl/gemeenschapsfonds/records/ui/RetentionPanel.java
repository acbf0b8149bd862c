package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.records.RetentionFacts;

import java.util.Locale;

/**
 * For the authority's staff: how the application closed, the day its records may be destroyed, a legal hold (which
 * suspends destruction) and, once it happened, when they were destroyed. Read-only.
 */
class RetentionPanel extends VerticalLayout {

    RetentionPanel(RetentionFacts facts) {
        setId("retention-panel");
        setPadding(false);
        setSpacing(false);
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        add(new H3(getTranslation("records.panel.title", facts.reference())));
        if (facts.destroyedAt() != null) {
            add(line("retention-destroyed", getTranslation("records.panel.destroyed", Formats.dateTime(facts.destroyedAt(), locale))));
            return;
        }
        if (facts.destroyOn() == null) {
            add(line("retention-open", getTranslation("records.panel.open")));
        } else {
            add(line("retention-outcome", getTranslation("records.panel.closed",
                    getTranslation("records.outcome." + facts.outcome().name()), Formats.date(facts.closedOn(), locale))));
            add(line("retention-destroy-on", getTranslation("records.panel.destroyOn", Formats.date(facts.destroyOn(), locale))));
        }
        if (facts.hold() != null) {
            Span badge = new Span(getTranslation("records.panel.hold", getTranslation("records.hold.kind." + facts.hold().kind().name()),
                    facts.hold().reason(), Formats.date(facts.hold().setAt().atZone(Formats.ZONE).toLocalDate(), locale)));
            badge.getElement().getThemeList().add("badge contrast");
            badge.setId("retention-hold");
            add(badge);
        }
    }

    private Paragraph line(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
