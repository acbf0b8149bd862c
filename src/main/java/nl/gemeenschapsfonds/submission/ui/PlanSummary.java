package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.fund.CoFinancingSource;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.submission.FinancingPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * The live totals of the financing plan: costs, grant asked, co-financing, whether the plan
 * balances, the fund's and the private share, and each of the call's rules as met or not met.
 * The same rule objects the server checks at submission.
 */
class PlanSummary extends Composite<VerticalLayout> {

    private final Div totals = new Div();
    private final VerticalLayout rules = new VerticalLayout();

    PlanSummary() {
        getContent().setId("plan-summary");
        getContent().setPadding(false);
        getContent().addClassName("plan-summary");
        totals.setId("plan-totals");
        rules.setId("plan-rules");
        rules.setPadding(false);
        rules.setSpacing(false);
        // Screen readers hear the totals change while the applicant types.
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().add(totals, rules);
    }

    void show(FinancingPlan plan, CallTerms call) {
        Locale locale = UI.getCurrent().getLocale();
        totals.removeAll();
        line("plan.totalCosts", plan.totalCosts(), locale);
        line("plan.grant", plan.grant(), locale);
        line("plan.coFinancing", plan.coFinancing(), locale);
        for (Map.Entry<Integer, BigDecimal> year : plan.grantPerYear().entrySet()) {
            totals.add(new Div(new Span(getTranslation("plan.grantInYear", String.valueOf(year.getKey())) + ": "
                    + Formats.money(year.getValue(), locale))));
        }
        Span balance = new Span();
        balance.setId("plan-balance");
        BigDecimal gap = plan.gap();
        if (plan.totalCosts().signum() == 0) {
            balance.setText(getTranslation("plan.noCosts"));
        } else if (gap.signum() == 0) {
            balance.setText(getTranslation("plan.balances"));
            balance.getElement().getThemeList().add("badge success");
        } else {
            balance.setText(getTranslation(gap.signum() > 0 ? "plan.short" : "plan.over", Formats.money(gap.abs(), locale)));
            balance.getElement().getThemeList().add("badge error");
        }
        totals.add(new Div(balance));
        if (plan.totalCosts().signum() > 0) {
            totals.add(new Div(new Span(getTranslation("plan.fundShare", percent(plan.grant(), plan.totalCosts())))),
                    new Div(new Span(privateShare(plan, call))));
        }

        rules.removeAll();
        // Without costs there is nothing to hold the call's rules against yet.
        if (call == null || plan.totalCosts().signum() == 0) {
            return;
        }
        if (call.maxGrant() != null) {
            boolean met = plan.grant().compareTo(call.maxGrant()) <= 0;
            rules.add(rule(met, getTranslation("rule.maxGrant", Formats.money(call.maxGrant(), locale))));
        }
        for (CoFinancingRule.Result result : call.coFinancing().check(plan.figures())) {
            rules.add(rule(result.met(), getTranslation(result.ruleKey(), Formats.money(result.actual(), locale),
                    Formats.money(result.limit(), locale))));
        }
    }

    private void line(String key, BigDecimal amount, Locale locale) {
        Div div = new Div(new Span(getTranslation(key) + ": "), new Span(Formats.money(amount, locale)));
        div.setId("plan-" + key.substring(key.indexOf('.') + 1));
        totals.add(div);
    }

    private HorizontalLayout rule(boolean met, String text) {
        var icon = met ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create();
        icon.setColor(met ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span((met ? getTranslation("rule.met") : getTranslation("rule.notMet")) + ": " + text);
        label.addClassName(met ? "rule-met" : "rule-not-met");
        return new HorizontalLayout(icon, label);
    }

    /** The private share as the call's minimum counts it, naming what counts; all private money when the call sets no minimum. */
    private String privateShare(FinancingPlan plan, CallTerms call) {
        java.util.Set<CoFinancingSource> counted = call == null ? java.util.Set.of() : call.coFinancing().privateShareCounts();
        if (counted.isEmpty()) {
            return getTranslation("plan.privateShare", percent(plan.privateFunding(), plan.totalCosts()));
        }
        return getTranslation("plan.privateShareCounted", percent(plan.figures().privateFunding(counted), plan.totalCosts()),
                getTranslation(CoFinancingSource.wordsKey(counted)));
    }

    /** One decimal, written the reader's way: 41,7 in Dutch, 41.7 in English. */
    private String percent(BigDecimal part, BigDecimal whole) {
        return Formats.number(part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP), getLocale());
    }
}
