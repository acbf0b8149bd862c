package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.cofinancing.FunderNotActiveException;
import nl.gemeenschapsfonds.cofinancing.IllegalPledgeTransitionException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.Map;

/** Runs a pledge action from a view: messages at the fields, a clear notice when someone else was first. */
final class PledgeActions {

    private PledgeActions() {
    }

    /** Runs {@code action}; on success notifies {@code successKey} and runs {@code then}. Answers whether it succeeded. */
    static boolean run(Component view, Runnable action, String successKey, Map<String, ? extends HasValidation> fields,
                       Runnable then) {
        ProblemMessages.clear(fields);
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(view, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
            return false;
        } catch (FunderNotActiveException inactive) {
            notify(view.getTranslation("pledge.validation.funderInactive"), NotificationVariant.LUMO_ERROR);
            return false;
        } catch (ConcurrentEditException conflict) {
            notify(view.getTranslation("pledge.conflict"), NotificationVariant.LUMO_ERROR);
            then.run();
            return false;
        } catch (IllegalPledgeTransitionException | AuthorizationDeniedException | NotFoundException notAllowed) {
            notify(view.getTranslation("pledge.notAllowedNow"), NotificationVariant.LUMO_ERROR);
            then.run();
            return false;
        }
        notify(view.getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        then.run();
        return true;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
