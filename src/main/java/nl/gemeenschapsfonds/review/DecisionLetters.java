package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.fund.AuthorityAddress;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Writes the decision letter when a decision is taken, in the decision maker's transaction (so the letter exists as
 * soon as the decision does), signed by the decision maker; {@link DecisionMails} sends it afterwards.
 */
@Component
class DecisionLetters {

    private final DecisionLetter letter;
    private final DecisionStore store;
    private final CallCatalogue calls;
    private final AuthorityAddress authorityAddress;
    private final ReportSchedulePreview reportSchedule;
    private final CurrentUser currentUser;
    private final DecisionAddressees addressees;

    DecisionLetters(DecisionLetter letter, DecisionStore store, CallCatalogue calls, AuthorityAddress authorityAddress,
                    ReportSchedulePreview reportSchedule, CurrentUser currentUser, DecisionAddressees addressees) {
        this.letter = letter;
        this.store = store;
        this.calls = calls;
        this.authorityAddress = authorityAddress;
        this.reportSchedule = reportSchedule;
        this.currentUser = currentUser;
        this.addressees = addressees;
    }

    @EventListener
    @Order(1)
    void onDecisionTaken(DecisionTaken decision) {
        store.storeLetter(decision.decisionId(), letter.render(data(decision), decision.language()));
    }

    private DecisionLetter.Data data(DecisionTaken decision) {
        DecisionForm form = decision.form();
        CallTerms call = calls.terms(decision.callId());
        List<String> organisation = addressees.applicant(decision.organisationId());
        return new DecisionLetter.Data(call.authorityName(), decision.reference(), decision.title(), organisation.getFirst(),
                decision.decisionDate(), decision.outcome(), form.amounts(), decision.amountRequested(), form.conditions(),
                form.reportObligations(), form.settlementDeadline(), form.advances(), form.refusalGround(), form.motivation(),
                decision.objectionDeadline(), call.title(decision.language()),
                decision.isGrant() ? form.coFinancingDueBy() : null, decision.settledAtOnce(),
                organisation.subList(1, organisation.size()), authorityAddress.ofCall(decision.callId()).orElse(null),
                currentUser.require().displayName(),
                !decision.isGrant() || decision.settledAtOnce() ? List.of()
                        : reportSchedule.reportsFor(decision.applicationId(), decision.decisionDate(), form.settlementDeadline()),
                addressees.partners(decision.applicationId()));
    }
}
