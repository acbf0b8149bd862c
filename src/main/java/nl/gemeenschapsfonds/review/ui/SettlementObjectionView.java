package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ObjectionSubject;
import nl.gemeenschapsfonds.security.Role;

/**
 * The applicant objects to the settlement of their grant (Awb 4:46: a settlement is a decision; ADR 0029): the same
 * page as the objection to the decision, with the settlement's own objection term. Without a decided settlement of
 * the applicant's own organisation the page is not found.
 */
@Route("applications/:applicationId/settlement-objection")
@RolesAllowed(Role.APPLICANT_)
class SettlementObjectionView extends ObjectionView {

    SettlementObjectionView(ObjectionService objections) {
        super(objections);
        setId("settlement-objection-view");
    }

    @Override
    ObjectionSubject subject() {
        return ObjectionSubject.SETTLEMENT;
    }
}
