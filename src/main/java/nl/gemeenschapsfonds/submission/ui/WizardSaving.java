package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import nl.gemeenschapsfonds.submission.SubmissionService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Saved as you type" for the wizard: the draft as last saved, whether the applicant changed something since, and
 * the save itself. A save the service refuses for some fields saves everything else all the same; a save over
 * another tab's is made and told.
 */
class WizardSaving {

    private final Component view;
    private final SubmissionService submissions;
    private final Clock clock;
    private final Span savedState = new Span();
    private final Function<Set<String>, ApplicationDraft> collect;
    private final Supplier<Map<String, HasValidation>> fields;
    private ApplicationDraft draft;
    private boolean dirty;
    /** Why the last save kept fields out: what is on screen there is not what is stored (empty after a full save). */
    private List<InvalidInputException.Problem> refused = List.of();

    /**
     * {@code collect} gives what is on screen to save, keeping the saved value of the fields it is given;
     * {@code fields} are the fields by the names the service uses for its problems.
     */
    WizardSaving(Component view, SubmissionService submissions, Clock clock, Function<Set<String>, ApplicationDraft> collect,
                 Supplier<Map<String, HasValidation>> fields) {
        this.view = view;
        this.submissions = submissions;
        this.clock = clock;
        this.collect = collect;
        this.fields = fields;
        savedState.setId("wizard-saved");
        savedState.addClassName("saved-state");
        // "saved at 12:03" is read out when it changes, without taking the focus (WCAG 4.1.3)
        savedState.getElement().setAttribute("role", "status");
    }

    /** The line that says when the draft was saved last. */
    Span savedState() {
        return savedState;
    }

    ApplicationDraft draft() {
        return draft;
    }

    /** The draft as it is stored now; nothing on screen is counted as changed. */
    void loaded(ApplicationDraft saved) {
        draft = saved;
        dirty = false;
        refused = List.of();
    }

    /**
     * The problems of what is on screen that the last save refused (an end date before the start, a postcode that is
     * no postcode): the stored draft does not hold those values, so its own check would call the field empty.
     */
    List<InvalidInputException.Problem> refused() {
        return refused;
    }

    void changed() {
        dirty = true;
    }

    /** Whether there is something to save. */
    boolean isDirty() {
        return dirty;
    }

    /** Saves the draft when something changed; answers whether the save went through (nothing to save: true). */
    boolean save() {
        return save(false);
    }

    private boolean save(boolean retried) {
        if (!dirty) {
            return true;
        }
        try {
            long version = submissions.saveDraft(collect.apply(Set.of()));
            draft = submissions.draft(draft.id());
            dirty = false;
            refused = List.of();
            savedState.setText(view.getTranslation("wizard.savedAt", Formats.dateTime(clock.instant(), com.vaadin.flow.component.UI.getCurrent().getLocale())));
            return version > 0;
        } catch (InvalidInputException invalid) {
            refused = invalid.problems();
            ProblemMessages.show(view, invalid, fields.get(), message -> notify(message, NotificationVariant.LUMO_ERROR));
            saveAllBut(invalid);
            return false;
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            if (retried) {
                notify(view.getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
                return false;
            }
            // saved in another tab meanwhile: what is on this screen is saved over it, and the user is told (issue 13)
            draft = submissions.draft(draft.id());
            notify(view.getTranslation("wizard.savedOverOther"), NotificationVariant.LUMO_CONTRAST);
            return save(true);
        } catch (IllegalTransitionException notEditable) {
            notify(view.getTranslation("wizard.notEditable"), NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    /**
     * A save was refused for some fields (an end date before the start, a postcode that is no postcode): the rest of
     * what was typed is saved all the same, the refused fields keep their message, what is typed in them, and their
     * last saved value, so closing the tab now loses only what is still wrong.
     */
    private void saveAllBut(InvalidInputException invalid) {
        Set<String> refused = new HashSet<>();
        invalid.problems().forEach(problem -> refused.add(problem.field()));
        try {
            submissions.saveDraft(collect.apply(refused));
            draft = submissions.draft(draft.id());
            savedState.setText(view.getTranslation("wizard.partlySaved", Formats.dateTime(clock.instant(), com.vaadin.flow.component.UI.getCurrent().getLocale())));
        } catch (InvalidInputException | ConcurrentEditException | ObjectOptimisticLockingFailureException
                 | IllegalTransitionException notSaved) {
            // nothing more can be saved now; the marks say why
        }
    }

    static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
