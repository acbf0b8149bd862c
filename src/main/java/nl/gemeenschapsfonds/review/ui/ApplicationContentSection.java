package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.FinancingPlan;

import java.util.Locale;

/** What the application says, as the authority's staff read it: its facts, its financing plan and the call's co-financing rules. */
class ApplicationContentSection extends Composite<VerticalLayout> {

    private final ReviewCase reviewCase;

    ApplicationContentSection(ReviewCase reviewCase) {
        this.reviewCase = reviewCase;
        ApplicationDraft content = reviewCase.content();
        Locale locale = getLocale();
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setId("review-content");
        box.add(new H2(getTranslation("review.application")));
        box.add(fact("review.organisation", reviewCase.organisationName()),
                fact("detail.call", reviewCase.call().title(locale)),
                fact("review.receivedAt", Formats.dateTime(reviewCase.submittedAt(), locale)),
                fact("wizard.facilityName", (content.facilityName() == null ? "" : content.facilityName())
                        + (content.facilityType() == null ? "" : " (" + getTranslation("facility." + content.facilityType()) + ")")),
                fact("wizard.facilityCity", content.facilityCity()),
                fact("wizard.kindOfWork", content.kindOfWork() == null ? "" : getTranslation("kindOfWork." + content.kindOfWork())),
                fact("wizard.description", content.description()),
                fact("wizard.targetGroups", content.targetGroups()),
                fact("wizard.expectedVisitors", content.expectedVisitorsPerWeek() == null ? "" : String.valueOf(content.expectedVisitorsPerWeek())),
                fact("wizard.activities", content.activities()),
                fact("wizard.partners", content.partners()),
                fact("wizard.intervention", content.intervention()));
        FinancingPlan plan = content.plan();
        box.add(fact("plan.totalCosts", Formats.money(plan.totalCosts(), locale)),
                fact("plan.grant", Formats.money(plan.grant(), locale)),
                fact("plan.coFinancing", Formats.money(plan.coFinancing(), locale)));
        plan.grantPerYear().forEach((year, amount) ->
                box.add(fact("plan.grantInYear", Formats.money(amount, locale), String.valueOf(year))));
        for (CoFinancingRule.Result result : reviewCase.call().coFinancing().check(plan.figures())) {
            Span rule = new Span(getTranslation(result.met() ? "rule.met" : "rule.notMet") + ": "
                    + getTranslation(result.ruleKey(), Formats.money(result.actual(), locale), Formats.money(result.limit(), locale)));
            rule.addClassName(result.met() ? "rule-met" : "rule-not-met");
            box.add(rule);
        }
    }

    private Div fact(String labelKey, String value, Object... labelArgs) {
        Div div = new Div();
        String text = getTranslation(labelKey, labelArgs);
        Span label = new Span(text.endsWith("?") ? text + " " : text + ": ");
        label.addClassName("fact-label");
        // Applicant text is shown as text: Vaadin escapes it.
        div.add(label, new Span(value == null ? "" : value));
        div.setVisible(value != null && !value.isBlank());
        return div;
    }
}
