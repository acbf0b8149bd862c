package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.review.AssignmentPolicy;
import nl.gemeenschapsfonds.review.AssignmentService;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviewers of an application (issue 21.3): who is assigned; a reviewer takes it with their declaration of no
 * conflict of interest (declaring one blocks and is audited); the reviewers' lead assigns a colleague, within the call's
 * cap. A refusal is shown at the field.
 */
class ReviewersPanel extends Composite<VerticalLayout> {

    private final AssignmentService assignments;
    private final long applicationId;
    private final String me;
    private final boolean reviewer;
    private final Runnable changed;

    ReviewersPanel(AssignmentService assignments, long applicationId, String me, boolean reviewer, Runnable changed) {
        this.assignments = assignments;
        this.applicationId = applicationId;
        this.me = me.toLowerCase(Locale.ROOT);
        this.reviewer = reviewer;
        this.changed = changed;
        getContent().setId("reviewers-panel");
        getContent().setPadding(false);
        render();
    }

    private void render() {
        VerticalLayout content = getContent();
        content.removeAll();
        content.add(new H2(getTranslation("review.assignment.title")));
        List<String> assigned = assignments.assignedTo(applicationId);
        if (assigned.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.assignment.none"));
            none.setId("reviewers-none");
            content.add(none);
        } else {
            UnorderedList list = new UnorderedList(assigned.stream().map(ListItem::new).toArray(ListItem[]::new));
            list.setId("reviewers-list");
            content.add(list);
        }
        if (reviewer && !assigned.contains(me)) {
            Checkbox noConflict = new Checkbox(getTranslation("review.assignment.noConflict"));
            noConflict.setId("reviewers-no-conflict");
            Button take = new Button(getTranslation("review.assignment.takeIt"), click -> {
                if (!noConflict.getValue()) {
                    noConflict.setErrorMessage(getTranslation("review.assignment.declarationRequired"));
                    noConflict.setInvalid(true);
                    return;
                }
                declare(noConflict, true);
            });
            take.setId("reviewers-take");
            take.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            // declaring a conflict of interest is kept (audited) and blocks any assignment of this reviewer to it
            Button conflict = new Button(getTranslation("review.assignment.declareConflict"), click -> declare(noConflict, false));
            conflict.setId("reviewers-declare-conflict");
            conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(noConflict, take, conflict);
            row.setWrap(true); // at 320 px the declaration and its two buttons go under each other, not off the page
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            content.add(row);
        }
        if (reviewer && assignments.isLead()) {
            ComboBox<AssignmentService.Reviewer> who = new ComboBox<>(getTranslation("workQueue.assignReviewer"));
            who.setId("reviewers-choose");
            who.setItems(assignments.reviewers().stream().filter(r -> !assigned.contains(r.email())).toList());
            who.setItemLabelGenerator(r -> r.displayName() + " (" + r.email() + ")");
            Button assign = new Button(getTranslation("review.assignment.assign"), click -> {
                if (who.getValue() == null) {
                    who.setErrorMessage(getTranslation("validation.required"));
                    who.setInvalid(true);
                    return;
                }
                try {
                    AssignmentService.Result result = assignments.assign(List.of(applicationId), who.getValue().email()).getFirst();
                    String problem = switch (result.outcome()) {
                        case ASSIGNED, ALREADY_ASSIGNED -> null;
                        case OVER_CAP -> getTranslation("assignment.overCap", assignments.settings(callOf()).reviewerCap());
                        case CONFLICT_OF_INTEREST -> getTranslation("assignment.conflict");
                        case NOT_OPEN -> getTranslation("assignment.notOpen", result.reference());
                        case NOT_A_LEAD -> getTranslation("assignment.notLead");
                    };
                    if (problem != null) {
                        who.setErrorMessage(problem);
                        who.setInvalid(true);
                        return;
                    }
                    changed.run();
                } catch (InvalidInputException invalid) {
                    ProblemMessages.show(this, invalid, Map.of("reviewer", who), text -> { });
                }
            });
            assign.setId("reviewers-assign");
            HorizontalLayout row = new HorizontalLayout(who, assign);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            content.add(row);
        }
    }

    private void declare(Checkbox noConflict, boolean none) {
        try {
            assignments.assignMyself(applicationId, none);
            changed.run();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, Map.of("noConflict", noConflict, "reviewer", noConflict), text -> { });
        }
    }

    private long callOf() {
        return callId;
    }

    private long callId;

    /** The call of the application, for the cap named in a refusal. */
    ReviewersPanel forCall(long callId) {
        this.callId = callId;
        return this;
    }

    static boolean refused(AssignmentPolicy.Outcome outcome) {
        return outcome != AssignmentPolicy.Outcome.ASSIGNED && outcome != AssignmentPolicy.Outcome.ALREADY_ASSIGNED;
    }
}
