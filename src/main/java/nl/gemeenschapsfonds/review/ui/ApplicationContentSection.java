package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.FinancingPlan;

import java.util.Locale;

/**
 * What the application says, as the authority's staff read it: its facts, its financing plan and the call's co-financing
 * rules. The facts are one two-column list of label and value (one column on a narrow screen), not a paragraph each.
 */
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
        DescriptionList facts = new DescriptionList();
        facts.setId("review-facts");
        facts.addClassName("summary-fields");
        fact(facts, "review.organisation", reviewCase.organisationName());
        fact(facts, "detail.call", reviewCase.call().title(locale));
        fact(facts, "review.receivedAt", Formats.dateTime(reviewCase.submittedAt(), locale));
        fact(facts, "wizard.facilityName", (content.facilityName() == null ? "" : content.facilityName())
                + (content.facilityType() == null ? "" : " (" + getTranslation("facility." + content.facilityType()) + ")"));
        fact(facts, "wizard.facilityCity", content.facilityCity());
        fact(facts, "wizard.kindOfWork", content.kindOfWork() == null ? "" : getTranslation("kindOfWork." + content.kindOfWork()));
        fact(facts, "wizard.description", content.description());
        fact(facts, "wizard.targetGroups", content.targetGroups());
        fact(facts, "wizard.expectedVisitors", content.expectedVisitorsPerWeek() == null ? "" : String.valueOf(content.expectedVisitorsPerWeek()));
        fact(facts, "wizard.activities", content.activities());
        fact(facts, "wizard.partners", content.partners());
        fact(facts, "wizard.intervention", content.intervention());
        FinancingPlan plan = content.plan();
        fact(facts, "plan.totalCosts", Formats.money(plan.totalCosts(), locale));
        fact(facts, "plan.grant", Formats.money(plan.grant(), locale));
        fact(facts, "plan.coFinancing", Formats.money(plan.coFinancing(), locale));
        plan.grantPerYear().forEach((year, amount) ->
                fact(facts, "plan.grantInYear", Formats.money(amount, locale), String.valueOf(year)));
        box.add(facts);
        for (CoFinancingRule.Result result : reviewCase.call().coFinancing().check(plan.figures())) {
            Span rule = new Span(getTranslation(result.met() ? "rule.met" : "rule.notMet") + ": "
                    + getTranslation(result.ruleKey(), Formats.money(result.actual(), locale), Formats.money(result.limit(), locale)));
            rule.addClassName(result.met() ? "rule-met" : "rule-not-met");
            box.add(rule);
        }
    }

    /** A label and its value; an empty value leaves the line out. Applicant text is shown as text: Vaadin escapes it. */
    private void fact(DescriptionList facts, String labelKey, String value, Object... labelArgs) {
        if (value == null || value.isBlank()) {
            return;
        }
        DescriptionList.Term label = new DescriptionList.Term(getTranslation(labelKey, labelArgs));
        label.addClassName("fact-label");
        facts.add(label, new DescriptionList.Description(value));
    }
}
