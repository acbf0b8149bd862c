package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.Optional;

/**
 * Panels other modules add to the staff's page of an application, without that page depending on them (issue 17:
 * the records module's retention panel on review's page; records reads review's events, so review may not use
 * records). A module publishes a Spring bean implementing {@link Panel}; the page has this bean injected and adds
 * {@link #forApplication}.
 */
@org.springframework.stereotype.Component
public class StaffApplicationPanels {

    /** One module's panel on the staff's application page; empty when it has nothing to show for this application. */
    public interface Panel {
        Optional<Component> create(long applicationId);
    }

    private final List<Panel> panels;

    StaffApplicationPanels(List<Panel> panels) {
        this.panels = List.copyOf(panels);
    }

    /** The panels of every module for this application, in one block (for the page's one line). */
    public Component forApplication(long applicationId) {
        Div block = new Div();
        block.setId("staff-application-panels");
        panels.forEach(panel -> panel.create(applicationId).ifPresent(block::add));
        return block;
    }
}
