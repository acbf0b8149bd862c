package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import nl.gemeenschapsfonds.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Every new tab starts in the remembered language (Dutch when none), its {@code <html lang>} too, and an unexpected error in
 * an event listener shows a friendly message with a reference; the stack trace goes to the log only.
 * Every page without the main layout gets the footer with the accessibility statement.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            Locale locale = LanguageSwitch.remembered(ui.getSession(), VaadinService.getCurrentRequest())
                    .orElse(Translations.DUTCH);
            ui.setLocale(locale);
            ui.getSession().setLocale(locale);
            ui.addAfterNavigationListener(navigation -> {
                footerOnPagesWithoutLayout(navigation.getActiveChain());
                titleOnPagesWithoutOne(ui, navigation.getActiveChain());
            });
        });
        // Vaadin writes the I18N provider's first language into <html lang> of every page (vaadin/flow#18585): the page a
        // user reloads after choosing English would be read aloud as Dutch (WCAG 3.1.1). The remembered language instead.
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html").attr("lang",
                LanguageSwitch.remembered(VaadinSession.getCurrent(), page.getVaadinRequest())
                        .orElse(Translations.DUTCH).getLanguage()));
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(error -> {
            String reference = newReference();
            log.error("Unexpected error, reference {}", reference, error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = Notification.show(
                            ui.getTranslation("error.unexpected", reference), 10_000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }

    /**
     * The pages without the main layout (public pages, error pages for visitors) get the footer with the
     * accessibility statement too, also the ones added later, without each view remembering it.
     */
    private static void footerOnPagesWithoutLayout(List<HasElement> chain) {
        if (chain.size() == 1 && chain.getFirst() instanceof HasComponents page
                && page.getElement().getChildren().noneMatch(child -> child.getComponent().filter(PageFooter.class::isInstance).isPresent())) {
            page.add(new PageFooter());
        }
    }

    /**
     * A page without a title of its own (an error page, for one) is named after its first heading, so that every
     * page has a title (WCAG 2.4.2) and a screen reader says where the user landed.
     */
    private static void titleOnPagesWithoutOne(UI ui, List<HasElement> chain) {
        if (chain.isEmpty() || chain.getFirst() instanceof HasDynamicTitle
                || chain.getFirst().getClass().isAnnotationPresent(PageTitle.class)) {
            return;
        }
        String appName = ui.getTranslation("app.name");
        String heading = chain.getFirst().getElement().getComponent().flatMap(UiSetup::firstHeading).orElse("");
        String title = heading.isBlank() ? appName : heading + " | " + appName;
        // after the router, which clears the title of a view that has none
        ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(title));
    }

    private static java.util.Optional<String> firstHeading(com.vaadin.flow.component.Component component) {
        if (component instanceof H1 heading) {
            return java.util.Optional.of(heading.getText());
        }
        return component.getChildren().map(UiSetup::firstHeading).flatMap(java.util.Optional::stream).findFirst();
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
