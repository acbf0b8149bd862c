package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.review.WorkQueueExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The work queue's bulk bar (issue 21.4): how many rows are chosen, the exports (two links of words only, issue 20),
 * and while rows are chosen "all rows of the filter" (until they are chosen: the Gmail pattern, issue 20 item 3), clear,
 * assign (the lead only) and extend. Each button fires {@link Action}; the exports download what the view's handler
 * writes. On a narrow screen (issue 21: at 320 px it pushed the grid below the fold) it is one compact line: the
 * buttons keep their icon, tooltip and accessible name, and app.css hides their label text ({@code .wq-bulk-action}).
 */
class WorkQueueBulkBar extends HorizontalLayout {

    /** What the user asked the bar for. */
    enum Kind { SELECT_ALL_OF_FILTER, CLEAR_SELECTION, ASSIGN, EXTEND }

    static class Action extends ComponentEvent<WorkQueueBulkBar> {
        private final Kind kind;

        Action(WorkQueueBulkBar source, Kind kind) {
            super(source, true);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    private final Span selection = new Span();
    private final boolean lead;
    private final Function<WorkQueueExport.Format, DownloadHandler> downloads;
    /**
     * "All rows of the filter", clear, assign (the lead) and extend: built the first time a row is chosen (issue 20: an
     * idle queue holds none; four Vaadin buttons would cost every idle session ~16 KB).
     */
    private List<Button> actions;
    private Button selectAll;
    private Button clear;

    WorkQueueBulkBar(boolean lead, Function<WorkQueueExport.Format, DownloadHandler> downloads) {
        this.lead = lead;
        this.downloads = downloads;
        setId("work-queue-bulk");
        addClassName("wq-bulk");
        setWrap(true);
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        selection.setId("work-queue-selection");
        selection.addClassName("wq-bulk-selection");
        add(selection);
        // two links of words only: a Vaadin button costs a session ~4 KB (SessionHeap), a link with its text ~1 KB, so a
        // button that opens the links when first used would cost more than the links themselves (mem22, issue 20)
        add(download(WorkQueueExport.Format.CSV, "workQueue.exportCsv"),
                download(WorkQueueExport.Format.XLSX, "workQueue.exportXlsx"));
    }

    /**
     * Shows how many rows are chosen: all of the filter (when {@code allOfFilter}) or those selected in the grid. The
     * actions on the chosen rows show while some are chosen; "all rows of the filter" while rows are ticked, as Gmail
     * offers "select all conversations" once a page of them is ticked, and no longer once all are chosen.
     */
    void showSelection(int count, boolean allOfFilter) {
        selection.setText(allOfFilter ? getTranslation("workQueue.allOfFilter", count) : getTranslation("workQueue.selected", count));
        boolean chosen = allOfFilter || count > 0;
        if (chosen && actions == null) {
            selectAll = button("work-queue-select-all", "workQueue.selectAllOfFilter", VaadinIcon.CHECK_SQUARE_O,
                    Kind.SELECT_ALL_OF_FILTER);
            selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            // once all rows of the filter are chosen the button goes: the keyboard's focus goes on to "clear selection"
            // next to it instead of being lost with the button
            selectAll.addClickListener(click -> {
                if (!selectAll.isVisible()) {
                    clear.focus();
                }
            });
            clear = button("work-queue-clear-selection", "workQueue.clearSelection", VaadinIcon.CLOSE_SMALL,
                    Kind.CLEAR_SELECTION);
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions = new ArrayList<>(List.of(selectAll, clear));
            if (lead) {
                actions.add(button("work-queue-assign", "workQueue.assign", VaadinIcon.USER_CHECK, Kind.ASSIGN));
            }
            actions.add(button("work-queue-extend", "workQueue.extend", VaadinIcon.CALENDAR_CLOCK, Kind.EXTEND));
            // after the selection's count, before the exports
            for (int i = 0; i < actions.size(); i++) {
                addComponentAtIndex(1 + i, actions.get(i));
            }
        }
        if (actions != null) {
            actions.forEach(action -> action.setVisible(chosen));
            selectAll.setVisible(chosen && !allOfFilter);
        }
    }

    Registration addActionListener(ComponentEventListener<Action> listener) {
        return addListener(Action.class, listener);
    }

    /**
     * A button with its icon always and its label, which the narrow layout hides (app.css: the {@code label} part of
     * {@code .wq-bulk-action}); its accessible name and title keep the words (a title attribute, not a tooltip
     * component: issue 20's memory per session).
     */
    private Button button(String id, String labelKey, VaadinIcon icon, Kind kind) {
        String label = getTranslation(labelKey);
        Button button = new Button(label, icon.create(), click -> fireEvent(new Action(this, kind)));
        button.addClassName("wq-bulk-action");
        button.setId(id);
        button.setAriaLabel(label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    /** A link that downloads the export: its words only, as short as before ("CSV", the
     * title says what it exports), no icon and no span (issue 20). */
    private Anchor download(WorkQueueExport.Format format, String label) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        Anchor anchor = new Anchor(downloads.apply(format), getTranslation(label));
        anchor.setId("work-queue-export-" + extension);
        anchor.setTitle(getTranslation("workQueue.exportHint"));
        anchor.addClassName("work-queue-export");
        return anchor;
    }
}
