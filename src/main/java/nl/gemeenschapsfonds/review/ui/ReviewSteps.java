package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.Map;

/** How a step on the review page runs: refusals go to their fields (what was typed stays), success reloads the page. */
final class ReviewSteps {

    private ReviewSteps() {
    }

    static void run(Component page, Runnable action, String successKey, Map<String, ? extends HasValidation> fields,
                    Runnable reload) {
        ProblemMessages.clear(fields);
        try {
            action.run();
            if (successKey != null) {
                notify(page.getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
            }
            reload.run();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(page, invalid, fields, ReviewSteps::error);
        } catch (IllegalTransitionException | AuthorizationDeniedException notAllowed) {
            error(page.getTranslation("review.notAllowedNow"));
        }
    }

    static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    static void error(String text) {
        notify(text, NotificationVariant.LUMO_ERROR);
    }
}
