package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Bar pictures made of plain components (no chart library, no npm): a labelled row with a track of
 * segments whose widths the caller sets. The track is an image for screen readers with the whole
 * description as its text; the visible description repeats it for sighted users.
 */
public final class Bars {

    private Bars() {
    }

    /** A row: the label, the track holding the caller's segments, and the description under it. */
    public static Div row(String label, String description, Div track) {
        track.addClassName("budget-bar");
        track.getElement().setAttribute("role", "img");
        track.getElement().setAttribute("aria-label", description);
        track.getElement().setAttribute("title", description);
        Span caption = new Span(label);
        caption.addClassName("budget-bar-label");
        Span text = new Span(description);
        text.addClassName("budget-bar-text");
        text.getElement().setAttribute("aria-hidden", "true");
        Div row = new Div(caption, track, text);
        row.addClassName("budget-bar-row");
        return row;
    }
}
