package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import nl.gemeenschapsfonds.submission.Receipt;
import nl.gemeenschapsfonds.submission.SubmissionService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.Locale;

/**
 * The wizard's submit, after its last save: the application (or the supplement a reviewer asked for) goes in and the
 * applicant is told so; a rule that refuses shows the review step again, and an edit in another tab gets a message
 * instead of an error page.
 */
final class WizardSubmit {

    private WizardSubmit() {
    }

    /**
     * Answers whether the application was submitted (its receipt mailed in {@code language}); {@code refused} runs when
     * a submission rule refuses it.
     */
    static boolean submit(Component view, Locale language, SubmissionService submissions, ApplicationDraft draft,
                          boolean supplement, Runnable refused) {
        try {
            if (supplement) {
                submissions.submitSupplement(draft.id(), draft.version());
                Notification.show(view.getTranslation("wizard.supplementSent"), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Receipt receipt = submissions.submit(draft.id(), draft.version(), language);
                Notification.show(view.getTranslation("wizard.submitted", receipt.reference()), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (InvalidInputException invalid) {
            refused.run();
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            WizardSaving.notify(view.getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        } catch (IllegalTransitionException notEditable) {
            // submitted or withdrawn in another tab between the save and the submit
            WizardSaving.notify(view.getTranslation("wizard.notEditable"), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }
}
