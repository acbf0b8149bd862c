package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A view that only exists in tests, to see what a user sees when a view fails. */
@Route("test/explode")
@PermitAll
class ExplodingTestView extends Div {

    ExplodingTestView() {
        throw new IllegalStateException("boom");
    }
}
