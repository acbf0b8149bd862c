package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.LanguageSwitch;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.EligibilityPolicy;
import nl.gemeenschapsfonds.fund.EligibilityQuestion;
import nl.gemeenschapsfonds.fund.PublicCallItem;
import nl.gemeenschapsfonds.fund.PublicCalls;
import nl.gemeenschapsfonds.organisation.ui.OrganisationNavigation;
import nl.gemeenschapsfonds.security.Role;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A call's short eligibility check, for everybody before registering (issue 21 item 2, ADR 0026): a few yes/no or
 * choice questions; the answer is "U komt waarschijnlijk in aanmerking" with the way on (register, sign in, or start
 * an application), or "U komt niet in aanmerking, omdat …" with the reason of each rule that was not met. The answers
 * are kept in the session and carried into the application when it is started (through registration and sign-in).
 */
@Route(value = FundNavigation.CALLS + "/:callId/check", autoLayout = false)
@AnonymousAllowed
class EligibilityCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CallQuestionService questions;
    private final PublicCalls publicCalls;
    private final transient AuthenticationContext authentication;
    private final Map<String, RadioButtonGroup<String>> fields = new LinkedHashMap<>();
    private final Div result = new Div();
    private PublicCallItem call;
    private List<EligibilityQuestion> check = List.of();

    EligibilityCheckView(CallQuestionService questions, PublicCalls publicCalls, AuthenticationContext authentication) {
        this.questions = questions;
        this.publicCalls = publicCalls;
        this.authentication = authentication;
        setId("eligibility-check-view");
        addClassName("public-calls");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long callId;
        try {
            callId = Long.parseLong(event.getRouteParameters().get("callId").orElseThrow());
            call = publicCalls.openCalls().stream().filter(c -> c.id() == callId).findFirst()
                    .orElseThrow(() -> new NotFoundException("Call", callId));
            check = questions.eligibilityCheck(callId);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        Locale locale = getLocale();
        removeAll();
        fields.clear();
        Anchor back = new Anchor(FundNavigation.publicCallsHref(), getTranslation("eligibility.back"));
        add(new LanguageSwitch(changed -> { }), back, new H1(getTranslation("eligibility.title", call.title(locale))),
                new Paragraph(getTranslation("eligibility.intro")));
        Map<String, String> earlier = FundNavigation.carriedEligibility(callId);
        for (EligibilityQuestion question : check) {
            RadioButtonGroup<String> field = new RadioButtonGroup<>(question.question(locale));
            field.setId("eligibility-" + question.key());
            field.setItems(question.values());
            field.setItemLabelGenerator(value -> question.yesNo() ? getTranslation("questions.answer." + value)
                    : question.choices().stream().filter(c -> c.value().equals(value)).map(c -> c.label(locale))
                    .findFirst().orElse(value));
            field.setValue(earlier.get(question.key()));
            field.addValueChangeListener(e -> {
                field.setInvalid(false);
                result.removeAll();
            });
            fields.put(question.key(), field);
            add(field);
        }
        Button assess = new Button(getTranslation("eligibility.assess"), click -> assess());
        assess.setId("eligibility-assess");
        assess.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("eligibility-result");
        result.getElement().setAttribute("role", "status");
        add(assess, result);
    }

    private void assess() {
        Locale locale = getLocale();
        Map<String, String> answers = new HashMap<>();
        fields.forEach((key, field) -> {
            if (field.getValue() != null) {
                answers.put(key, field.getValue());
            }
        });
        EligibilityPolicy.Outcome outcome = EligibilityPolicy.assess(check, answers);
        result.removeAll();
        switch (outcome.verdict()) {
            case INCOMPLETE -> fields.values().stream().filter(field -> field.getValue() == null).forEach(field -> {
                field.setErrorMessage(getTranslation("eligibility.answerRequired"));
                field.setInvalid(true);
            });
            case NOT_ELIGIBLE -> {
                FundNavigation.forgetEligibility(call.id());
                H2 verdict = new H2(getTranslation("eligibility.notEligible"));
                verdict.setId("eligibility-verdict");
                UnorderedList reasons = new UnorderedList();
                reasons.setId("eligibility-reasons");
                outcome.failed().forEach(question -> reasons.add(new ListItem(question.reason(locale))));
                result.add(verdict, reasons, new Paragraph(getTranslation("eligibility.notEligible.after")));
            }
            case PROBABLY_ELIGIBLE -> {
                FundNavigation.carryEligibility(call.id(), answers);
                H2 verdict = new H2(getTranslation("eligibility.probablyEligible"));
                verdict.setId("eligibility-verdict");
                result.add(verdict, new Paragraph(getTranslation("eligibility.probablyEligible.after")), actions());
            }
        }
    }

    /** The way on: register or sign in, or (signed in as applicant) start an application; the answers go along. */
    private Div actions() {
        Div actions = new Div();
        actions.setId("eligibility-actions");
        actions.addClassName("public-call-actions");
        if (!authentication.isAuthenticated()) {
            actions.add(link(OrganisationNavigation.registerHref(), "publicCalls.action.register", "register"),
                    link("login", "publicCalls.action.signIn", "sign-in"));
        } else if (authentication.hasRole(Role.APPLICANT_)) {
            actions.add(link("applications/new", "publicCalls.action.apply", "apply"));
        }
        return actions;
    }

    private Anchor link(String href, String key, String idSuffix) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.setId("eligibility-" + idSuffix);
        // a real page load: the sign-in and registration pages are outside the application's router
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eligibility.pageTitle") + " | " + getTranslation("app.name");
    }
}
