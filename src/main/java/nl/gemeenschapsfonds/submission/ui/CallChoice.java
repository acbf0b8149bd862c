package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CallTerms;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** Step 1 of the wizard: the calls to choose from, each with its authority and dates; only open ones can be chosen. */
final class CallChoice {

    private CallChoice() {
    }

    static RadioButtonGroup<CallTerms> create(Component owner, Supplier<LocalDate> today) {
        RadioButtonGroup<CallTerms> call = new RadioButtonGroup<>();
        call.setLabel(owner.getTranslation("wizard.call"));
        call.setId("wizard-call");
        call.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        call.setRenderer(new ComponentRenderer<>(terms -> {
            Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
            Div item = new Div();
            Span name = new Span(terms.title(locale) + " — " + terms.authorityName());
            name.addClassName("call-choice-title");
            item.add(name);
            CallTerms.Availability availability = terms.availabilityOn(today.get());
            String dates = terms.rollingIntake() ? owner.getTranslation("calls.rolling")
                    : Formats.date(terms.openDate(), locale) + " – " + Formats.date(terms.closeDate(), locale);
            item.add(new Div(new Span(dates + " · " + owner.getTranslation("wizard.callAvailability." + availability,
                    Formats.date(terms.openDate(), locale), Formats.date(terms.closeDate(), locale)))));
            return item;
        }));
        call.setItemEnabledProvider(terms -> terms.availabilityOn(today.get()) == CallTerms.Availability.OPEN);
        return call;
    }
}
