package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a signed-in user typed into a form and has not sent yet, kept in their session: a reload of the page (F5, the
 * browser's restart of a page whose connection dropped, back and forward) shows it again. The form forgets it when it
 * is sent; the session forgets all of it at sign-out or when it expires. Nothing is written to the database: a draft
 * that must outlive the session (the applicant's application, the report) is saved by its own module.
 *
 * <p>The key names the form and the record it is about (e.g. {@code "decision/42"}), so one user's drafts of two
 * applications do not mix; a user sees a draft only where they can open the form, since only they typed it.
 */
public final class KeptDrafts {

    private static final String ATTRIBUTE = KeptDrafts.class.getName();

    private KeptDrafts() {
    }

    /** The draft kept under {@code key}, if the user typed one in this session. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> get(String key) {
        return Optional.ofNullable((T) drafts().get(mine(key)));
    }

    /** Keeps {@code value} under {@code key} until {@link #forget} (a {@code null} value is kept as nothing typed). */
    public static void put(String key, Object value) {
        if (value == null) {
            drafts().remove(mine(key));
        } else {
            drafts().put(mine(key), value);
        }
    }

    /** The form was sent: its draft is no longer needed. */
    public static void forget(String key) {
        drafts().remove(mine(key));
    }

    /**
     * The key for the signed-in user: a session's attributes can move to the next user's session at sign-in (Spring
     * Security's session fixation protection copies them), and one user's draft must never show to another.
     */
    private static String mine(String key) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return (user == null ? "" : user.getName()) + "|" + key;
    }

    /**
     * Shows the draft of one field kept under {@code key}, and keeps what the user types into it from now on. A text
     * field or area sends its text while the user types (after a short pause), not only when it loses the focus, so a
     * reload right after typing loses nothing.
     */
    public static <V> void keep(HasValue<?, V> field, String key) {
        sendWhileTyping(field);
        KeptDrafts.<V>get(key).ifPresent(field::setValue);
        field.addValueChangeListener(change -> put(key, change.getValue()));
    }

    /** A text field or area sends what is typed after a short pause, so that the draft is kept before a reload. */
    static void sendWhileTyping(Object field) {
        if (field instanceof TextArea area) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        } else if (field instanceof TextField text) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> drafts() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, Object> drafts = (Map<String, Object>) session.getAttribute(ATTRIBUTE);
        if (drafts == null) {
            drafts = new HashMap<>();
            session.setAttribute(ATTRIBUTE, drafts);
        }
        return drafts;
    }
}
