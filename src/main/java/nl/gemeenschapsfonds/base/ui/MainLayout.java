package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.base.DisplayNamed;
import org.springframework.web.util.HtmlUtils;

/**
 * The shell around every signed-in view: the application's name, a menu with only the views the
 * user's role may open (from {@code @Menu} and the views' access annotations), the user's name and
 * role, the language link and sign-out (the user menu).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String MAIN_CONTENT_ID = "main-content";
    private final Main main = new Main();
    /** Issue 20: the language switch is a link in the user menu; it leads back to the page shown (see afterNavigation). */
    private final LanguageLink language = new LanguageLink(getLocale());

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        // a11y24: the drawer, an overlay on a narrow screen, is named as its toggle is, not Vaadin's English "Drawer"
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.menu")));
        // the web component alone: it opens the drawer in the browser, a Vaadin DrawerToggle is a server-side button too
        MenuToggle toggle = new MenuToggle(getTranslation("layout.menu"));

        String name = authentication.getAuthenticatedUser(DisplayNamed.class).map(DisplayNamed::displayName)
                .or(authentication::getPrincipalName).orElse("");
        String role = authentication.getGrantedRoles().stream().findFirst()
                .map(r -> getTranslation("role." + r)).orElse("");

        // issue 20 item 3: every component is paid for by every signed-in session. The name and the role never change on
        // the page: one Html (two spans with their text nodes were four state nodes); a plain form posting to Spring
        // Security's sign-out; the header a Div that app.css lays out as the horizontal layout did (mem23)
        Html who = new Html("<span class=\"current-user-and-role\"><span id=\"current-user\" class=\"current-user\">"
                + HtmlUtils.htmlEscape(name) + "</span><span id=\"current-role\" theme=\"badge\">" + HtmlUtils.htmlEscape(role)
                + "</span></span>");
        Div header = new Div(who, language, SignOutForm.create(getTranslation("layout.logout")));
        header.addClassName("app-header");
        // WCAG 2.4.1: the first thing a keyboard reaches skips the menu (router-ignore: Vaadin's router leaves it alone)
        Anchor skip = new Anchor("#" + MAIN_CONTENT_ID, getTranslation("a11y.skipToContent"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // the browser's own jump to the fragment does not move the focus into the layout's content: do it here
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    document.getElementById($0).focus();
                });""", MAIN_CONTENT_ID);
        addToNavbar(skip, toggle, header);
        main.setId(MAIN_CONTENT_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        Div content = new Div(main, new PageFooter());
        content.addClassName("main-layout-content");
        setContent(content);

        // the name and the menu straight into the drawer, without a layout around them (app.css, mem22: the spacing)
        Div brand = new Div(getTranslation("app.name"));
        brand.addClassName("app-brand");
        brand.addClassName("app-name");
        addToDrawer(brand, createMenu());
    }

    /** Each view goes into the {@code main} landmark that the skip link leads to, above the footer. */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        main.getElement().removeAllChildren();
        if (view != null) {
            main.getElement().appendChild(view.getElement());
        }
    }

    /** The language link comes back to the page now shown, with its query parameters (a filtered list stays filtered). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        language.leadBackTo(event.getLocation().getPathWithQueryParameters());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The entries the user's authorities may open (checked once per set of authorities, MenuCache), in words only. */
    private MainMenu createMenu() {
        // no icons: an icon per entry was a component in every signed-in session (issue 20 item 3, ~3 KB); the entries
        // are written as Vaadin's side-nav web components in one Html (MainMenu, mem23: ~8 KB less per session)
        return new MainMenu(getTranslation("layout.menu"), MenuCache.entries().stream()
                .map(entry -> new MainMenu.Entry(getTranslation(entry.title()), entry.path())).toList());
    }
}
