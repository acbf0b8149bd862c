package nl.gemeenschapsfonds.fund.ui;

import nl.gemeenschapsfonds.organisation.ui.OrganisationNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.PublicHeader;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.fund.CallAmendment;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.fund.PublicCallItem;
import nl.gemeenschapsfonds.fund.PublicCalls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The calls that are open today, for everybody, also without signing in: what may be applied for,
 * until when, how the money is divided, and how much is still available. Without the main layout,
 * which is for signed-in users only.
 */
@Route(value = FundNavigation.CALLS, autoLayout = false)
@AnonymousAllowed
class PublicCallsView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuthenticationContext authentication;

    private final transient nl.gemeenschapsfonds.fund.CallQuestionService questions;

    PublicCallsView(PublicCalls publicCalls, AuthenticationContext authentication,
                    nl.gemeenschapsfonds.fund.CallQuestionService questions) {
        this.authentication = authentication;
        this.questions = questions;
        setId("public-calls-view");
        addClassName("public-calls");
        add(header(), new H1(getTranslation("publicCalls.title")), new Paragraph(getTranslation("publicCalls.intro")));

        List<PublicCallItem> calls = publicCalls.openCalls();
        if (calls.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("publicCalls.empty"));
            empty.setId("public-calls-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.setId("public-calls-list");
        list.addClassName("public-calls-list");
        calls.forEach(call -> list.add(card(call)));
        add(list);
    }

    private Component header() {
        // a signed-in user is not asked to sign in again: the link leads back to their own work
        Anchor login = authentication.isAuthenticated() ? new Anchor("", getTranslation("publicCalls.toMyWork"))
                : new Anchor("login", getTranslation("publicCalls.login"));
        login.setId("public-calls-login");
        return PublicHeader.create(this, null, login);
    }

    private Component card(PublicCallItem call) {
        Locale locale = getLocale();
        Article card = new Article();
        card.setId("public-call-" + call.id());
        card.addClassName("public-call");
        card.add(new H2(call.title(locale)));
        if (call.opensLater()) {
            Span soon = new Span(getTranslation("publicCalls.soon", Formats.date(call.openDate(), locale)));
            soon.setId("public-call-" + call.id() + "-soon");
            soon.getElement().getThemeList().add("badge contrast");
            card.add(soon);
        }
        Span authority = new Span(getTranslation("publicCalls.authority", call.authorityName()));
        authority.addClassName("public-call-authority");
        card.add(authority);
        if (call.description(locale) != null && !call.description(locale).isBlank()) {
            card.add(new Paragraph(call.description(locale)));
        }

        DescriptionList facts = new DescriptionList();
        facts.addClassName("public-call-facts");
        fact(facts, "publicCalls.facilities", call.facilityTypes().stream().sorted()
                .map(this::facilityLabel).collect(Collectors.joining(", ")));
        fact(facts, "publicCalls.period", period(call, locale));
        fact(facts, "publicCalls.allocation", getTranslation("call.allocation." + call.allocationMethod()));
        if (call.maxGrant() != null) {
            fact(facts, "publicCalls.maxGrant", Formats.money(call.maxGrant(), locale));
        }
        if (call.settleAtOnceUpTo() != null) {
            // next to the maximum, one sentence on what "settled at once" means for the applicant
            fact(facts, "publicCalls.settlement", getTranslation("publicCalls.settleAtOnce", Formats.money(call.settleAtOnceUpTo(), locale)));
        }
        if (call.minPrivateSharePercent() != null && call.minPrivateSharePercent().signum() > 0) {
            fact(facts, "publicCalls.coFinancing", getTranslation("publicCalls.minPrivateShare",
                    Formats.percent(call.minPrivateSharePercent(), locale),
                    getTranslation(CoFinancingSource.wordsKey(call.privateShareCounts()))));
        }
        Div available = new Div();
        available.addClassName("public-call-available");
        if (call.availablePerYear().isEmpty()) {
            available.add(new Span(getTranslation("publicCalls.noAvailable")));
        }
        for (Map.Entry<Integer, BigDecimal> year : call.availablePerYear().entrySet()) {
            Span line = new Span(getTranslation("publicCalls.available", String.valueOf(year.getKey()),
                    Formats.money(year.getValue(), locale)));
            line.setId("public-call-" + call.id() + "-available-" + year.getKey());
            available.add(line);
        }
        facts.add(new DescriptionList.Term(getTranslation("publicCalls.budget")), new DescriptionList.Description(available));
        card.add(facts);
        if (!call.amendments().isEmpty()) {
            card.add(amendments(call, locale));
        }
        card.add(action(call, locale));
        return card;
    }

    /** Every change after publication to what applicants rely on, with its date, what changed and why. */
    private Component amendments(PublicCallItem call, Locale locale) {
        Div box = new Div();
        box.setId("public-call-" + call.id() + "-amendments");
        box.addClassName("public-call-amendments");
        box.add(new Span(getTranslation("publicCalls.amendments")));
        for (CallAmendment amendment : call.amendments()) {
            String changed = amendment.changed().stream().map(this::getTranslation).collect(Collectors.joining(", "));
            box.add(new Paragraph(getTranslation("publicCalls.amendment",
                    Formats.date(java.time.LocalDate.ofInstant(amendment.amendedAt(), Formats.ZONE), locale), changed,
                    amendment.reason())));
        }
        return box;
    }

    /** What this visitor can do now: register or sign in to apply, apply, or wait for the opening date. */
    private Component action(PublicCallItem call, Locale locale) {
        Div actions = new Div();
        actions.setId("public-call-" + call.id() + "-actions");
        actions.addClassName("public-call-actions");
        if (!call.opensLater() && !questions.eligibilityCheck(call.id()).isEmpty()) {
            // first the short check whether the call is for this visitor (issue 21), then register or apply
            actions.add(link(FundNavigation.eligibilityCheckHref(call.id()), "eligibility.link", call.id() + "-check"));
        }
        if (call.opensLater()) {
            actions.add(new Span(getTranslation("publicCalls.action.opensOn", Formats.date(call.openDate(), locale))));
        } else if (!authentication.isAuthenticated()) {
            actions.add(link(OrganisationNavigation.registerHref(), "publicCalls.action.register", call.id() + "-register"),
                    link("login", "publicCalls.action.signIn", call.id() + "-sign-in"));
        } else if (authentication.hasRole(Role.APPLICANT_)) {
            actions.add(link("applications/new", "publicCalls.action.apply", call.id() + "-apply"));
        }
        return actions;
    }

    private Anchor link(String href, String key, String idSuffix) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.setId("public-call-" + idSuffix);
        return link;
    }

    private String facilityLabel(FacilityType type) {
        return getTranslation("facility." + type.name());
    }

    private String period(PublicCallItem call, Locale locale) {
        if (call.rollingIntake()) {
            return call.openDate() == null ? getTranslation("calls.rolling")
                    : getTranslation("publicCalls.rollingFrom", Formats.date(call.openDate(), locale));
        }
        return getTranslation("publicCalls.periodDates", Formats.date(call.openDate(), locale),
                Formats.date(call.closeDate(), locale));
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publicCalls.title") + " | " + getTranslation("app.name");
    }
}
