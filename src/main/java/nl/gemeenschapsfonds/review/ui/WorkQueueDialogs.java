package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.review.AssignmentPolicy;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.DeadlineService;
import nl.gemeenschapsfonds.review.ReviewSettingsForm;

import java.util.List;
import java.util.Map;

/**
 * The work queue's bulk dialogs (issue 21.4): assign a reviewer to the chosen rows, extend their decision deadline, and
 * the review settings of the filtered call. Each binds a record, refuses a wrong value at its field (keeping what was
 * typed), calls the service and fires {@link Done} so the queue refreshes.
 */
final class WorkQueueDialogs {

    private WorkQueueDialogs() {
    }

    /** The dialog did its work. */
    static class Done extends ComponentEvent<Dialog> {
        Done(Dialog source) {
            super(source, true);
        }
    }

    static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    abstract static class Base extends Dialog {
        Registration addDoneListener(ComponentEventListener<Done> listener) {
            return addListener(Done.class, listener);
        }

        void done() {
            fireEvent(new Done(this));
            close();
        }

        Button confirm(String id, String key, Runnable action) {
            Button go = new Button(getTranslation(key), click -> action.run());
            go.setId(id);
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("workQueue.cancel"), click -> close()), go);
            return go;
        }
    }

    /** The form of the assignment dialog. */
    record AssignForm(AssignmentService.Reviewer reviewer) {
    }

    /** The lead assigns one reviewer to the chosen applications (each on its own; refusals are counted). */
    static class Assign extends Base {
        Assign(List<Long> ids, AssignmentService assignments) {
            setHeaderTitle(getTranslation("workQueue.assign") + " (" + ids.size() + ")");
            ComboBox<AssignmentService.Reviewer> who = new ComboBox<>(getTranslation("workQueue.assignReviewer"));
            who.setId("assign-reviewer");
            who.setItems(assignments.reviewers());
            who.setItemLabelGenerator(r -> r.displayName() + " (" + r.email() + ")");
            who.setRequiredIndicatorVisible(true);
            Binder<AssignForm> binder = new Binder<>();
            binder.forField(who).asRequired(getTranslation("validation.required")).bind(AssignForm::reviewer, (f, v) -> { });
            confirm("assign-confirm", "workQueue.confirm", () -> {
                if (binder.validate().hasErrors()) {
                    return;
                }
                try {
                    List<AssignmentService.Result> results = assignments.assign(ids, who.getValue().email());
                    WorkQueueDialogs.notify(getTranslation("workQueue.assignDone", count(results, AssignmentPolicy.Outcome.ASSIGNED),
                            count(results, AssignmentPolicy.Outcome.OVER_CAP), count(results, AssignmentPolicy.Outcome.CONFLICT_OF_INTEREST),
                            count(results, AssignmentPolicy.Outcome.ALREADY_ASSIGNED) + count(results, AssignmentPolicy.Outcome.NOT_OPEN)),
                            NotificationVariant.LUMO_SUCCESS);
                    done();
                } catch (InvalidInputException invalid) {
                    ProblemMessages.show(this, invalid, Map.of("reviewer", who),
                            text -> WorkQueueDialogs.notify(text, NotificationVariant.LUMO_ERROR));
                }
            });
            add(who);
        }

        private static long count(List<AssignmentService.Result> results, AssignmentPolicy.Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /** The form of the bulk extension: weeks (1–8) and the reason the letters give. */
    record ExtendForm(Integer weeks, String reason) {
    }

    /** Extends the decision deadline of the chosen applications: one notice, letter and audit entry each. */
    static class Extend extends Base {
        Extend(List<Long> ids, DeadlineService deadlines) {
            setHeaderTitle(getTranslation("workQueue.extend") + " (" + ids.size() + ")");
            WholeNumberField weeks = new WholeNumberField(getTranslation("workQueue.extendWeeks"));
            weeks.setId("extend-weeks");
            weeks.setRequiredIndicatorVisible(true);
            TextArea reason = new TextArea(getTranslation("workQueue.extendReason"));
            reason.setId("extend-reason");
            reason.setMaxLength(2000);
            reason.setRequiredIndicatorVisible(true);
            reason.setWidthFull();
            Binder<ExtendForm> binder = new Binder<>();
            binder.forField(weeks).asRequired(getTranslation("validation.required"))
                    .withValidator(w -> w >= 1 && w <= 8, getTranslation("validation.between", 1, 8))
                    .bind(ExtendForm::weeks, (f, v) -> { });
            binder.forField(reason).asRequired(getTranslation("validation.required")).bind(ExtendForm::reason, (f, v) -> { });
            confirm("extend-confirm", "workQueue.confirm", () -> {
                if (binder.validate().hasErrors()) {
                    return;
                }
                try {
                    List<DeadlineService.Extended> extended = deadlines.extendAll(ids, weeks.getValue(), reason.getValue());
                    long refused = extended.stream().filter(e -> e.refusal() != null).count();
                    WorkQueueDialogs.notify(getTranslation("workQueue.extendDone", extended.size() - refused, refused),
                            NotificationVariant.LUMO_SUCCESS);
                    done();
                } catch (InvalidInputException invalid) {
                    ProblemMessages.show(this, invalid, Map.of("extensionWeeks", weeks, "extensionReason", reason),
                            text -> WorkQueueDialogs.notify(text, NotificationVariant.LUMO_ERROR));
                }
            });
            VerticalLayout fields = new VerticalLayout(weeks, reason);
            fields.setPadding(false);
            add(fields);
        }
    }

    /**
     * The review settings of the filtered call (lead only): assessments per application, second opinion, cap. The same
     * fields, help texts and rules ({@code ReviewSettingsPolicy}) as the administrator's screen; a value the policy
     * refuses is marked at its field with the policy's message, and what was typed stays.
     */
    static class Settings extends Base {
        Settings(long callId, String callTitle, AssignmentService assignments) {
            setHeaderTitle(getTranslation("workQueue.settings"));
            setWidth("min(34em, 95vw)");
            ReviewSettingsFields form = new ReviewSettingsFields();
            form.setValue(ReviewSettingsForm.of(assignments.settings(callId)));
            confirm("settings-save", "workQueue.save", () -> {
                if (!form.readyToSend(text -> WorkQueueDialogs.notify(text, NotificationVariant.LUMO_ERROR))) {
                    return; // the field says it cannot read the text, and keeps it; every other problem is marked with it
                }
                try {
                    assignments.saveSettings(callId, form.getValue());
                    WorkQueueDialogs.notify(getTranslation("workQueue.settingsSaved"), NotificationVariant.LUMO_SUCCESS);
                    done();
                } catch (InvalidInputException invalid) {
                    ProblemMessages.show(this, invalid, form.fields(), text -> WorkQueueDialogs.notify(text, NotificationVariant.LUMO_ERROR));
                }
            });
            add(new Paragraph(callTitle), form);
        }
    }
}
