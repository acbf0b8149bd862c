package nl.gemeenschapsfonds.register.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.PublicHeader;
import nl.gemeenschapsfonds.register.GrantRegister;
import nl.gemeenschapsfonds.register.RegisterItem;
import nl.gemeenschapsfonds.register.ThreeSixtyGiving;

import java.util.Locale;
import java.util.Optional;

/** One grant of the public register: only what is public. A grant that is not (or no longer) listed is "not found". */
@Route(value = "subsidieregister/:reference", autoLayout = false)
@AnonymousAllowed
class RegisterGrantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantRegister register;
    private final ThreeSixtyGiving threeSixtyGiving;
    private String title;

    RegisterGrantView(GrantRegister register, ThreeSixtyGiving threeSixtyGiving) {
        this.register = register;
        this.threeSixtyGiving = threeSixtyGiving;
        setId("register-grant-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String reference = event.getRouteParameters().get("reference").orElse("");
        Optional<RegisterItem> found = register.grant(reference);
        add(PublicHeader.create(this, "subsidieregister", new Anchor("login", getTranslation("publicCalls.login"))));
        if (found.isEmpty()) {
            title = getTranslation("grantRegister.grant.notFound");
            H1 heading = new H1(title);
            Paragraph text = new Paragraph(getTranslation("grantRegister.grant.notFoundText"));
            text.setId("register-grant-not-found");
            add(heading, text, new Anchor("subsidieregister", getTranslation("grantRegister.back")));
            return;
        }
        RegisterItem item = found.get();
        Locale locale = getLocale();
        title = item.title();
        add(new H1(item.title()));
        DescriptionList facts = new DescriptionList();
        facts.setId("register-grant-facts");
        facts.addClassName("public-call-facts");
        fact(facts, "grantRegister.column.reference", item.reference());
        fact(facts, "grantRegister.column.authority", item.authorityName());
        fact(facts, "grantRegister.column.call", item.callTitle(locale));
        fact(facts, "grantRegister.column.organisation", item.organisationName());
        if (item.kvkNumber() != null) {
            fact(facts, "grantRegister.column.kvk", item.kvkNumber());
        }
        if (item.municipalityName() != null) {
            fact(facts, "grantRegister.column.municipality", item.municipalityName());
        }
        if (item.facilityType() != null) {
            fact(facts, "grantRegister.column.facility", getTranslation("facility." + item.facilityType().name()));
        }
        item.grantedPerYear().forEach((year, amount) ->
                fact(facts, getTranslation("grantRegister.grant.grantedIn", String.valueOf(year)), Formats.money(amount, locale), true));
        fact(facts, "grantRegister.column.granted", Formats.money(item.grantedTotal(), locale));
        if (item.settledAmount() != null) {
            fact(facts, "grantRegister.column.settled", Formats.money(item.settledAmount(), locale) + " ("
                    + Formats.date(item.settledOn(), locale) + ")");
        }
        fact(facts, "grantRegister.column.decisionDate", Formats.date(item.decisionDate(), locale));
        fact(facts, "grantRegister.column.status", getTranslation("grantRegister.status." + item.status().name()));
        fact(facts, "grantRegister.grant.identifier", threeSixtyGiving.grantId(item.reference()));
        add(facts, new Anchor("subsidieregister", getTranslation("grantRegister.back")));
    }

    private void fact(DescriptionList facts, String key, String value) {
        fact(facts, getTranslation(key), value, true);
    }

    private void fact(DescriptionList facts, String term, String value, boolean translated) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("grantRegister.title") : title) + " | " + getTranslation("grantRegister.title");
    }
}
