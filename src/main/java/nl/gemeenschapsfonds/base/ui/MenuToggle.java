package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The drawer's toggle in the signed-in layout: Vaadin's {@code <vaadin-drawer-toggle>} web component on its own. It
 * opens and closes the drawer in the browser (it tells {@code <vaadin-app-layout>} itself); the server never hears of
 * it. Vaadin's {@code DrawerToggle} is a whole {@code Button} on the server for the same element, ~2.9 KB in every
 * signed-in session's heap (issue 20 item 3, mem23); this one is a bare element with its name.
 */
@Tag("vaadin-drawer-toggle")
@JsModule("@vaadin/app-layout/src/vaadin-drawer-toggle.js")
final class MenuToggle extends Component {

    MenuToggle(String label) {
        getElement().setAttribute("aria-label", label);
    }
}
