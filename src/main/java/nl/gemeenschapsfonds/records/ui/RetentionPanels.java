package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.Component;
import nl.gemeenschapsfonds.base.ui.StaffApplicationPanels;
import nl.gemeenschapsfonds.records.RetentionService;

import java.util.Optional;

/** Puts the {@link RetentionPanel} on the staff's application page (base.ui.StaffApplicationPanels). */
@org.springframework.stereotype.Component
class RetentionPanels implements StaffApplicationPanels.Panel {

    private final RetentionService retention;

    RetentionPanels(RetentionService retention) {
        this.retention = retention;
    }

    @Override
    public Optional<Component> create(long applicationId) {
        return retention.retentionOf(applicationId).map(RetentionPanel::new);
    }
}
