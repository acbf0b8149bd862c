package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeMatching;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For the authority's staff: the pledges on an application and the call's co-financing rules checked
 * on the confirmed pledges, each met or not met with its figures. Read-only on the decision maker's
 * page; a reviewer at settlement may verify received pledges. Published to other modules as the named
 * interface "ui" so the review module can show it without co-financing depending on review.
 */
@NamedInterface("ui")
public class PledgeRulesSection extends VerticalLayout {

    private final PledgeService pledges;
    private final long applicationId;
    private final boolean verifying;

    /** Read-only. */
    public PledgeRulesSection(PledgeService pledges, long applicationId) {
        this(pledges, applicationId, false);
    }

    /**
     * With {@code verifying}, each received pledge whose receipt the funder confirmed gets a "verify"
     * button (the service checks role and scope again).
     */
    public PledgeRulesSection(PledgeService pledges, long applicationId, boolean verifying) {
        this.pledges = pledges;
        this.applicationId = applicationId;
        this.verifying = verifying;
        setId("pledge-rules");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        add(new H3(getTranslation("pledgeRules.title")));
        pledges.condition(applicationId).ifPresent(condition -> add(ConditionText.of(this, condition)));
        List<PledgeItem> items = pledges.pledgesForStaff(applicationId);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("pledgeRules.noPledges")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("pledge-rules-pledges");
            items.forEach(p -> list.add(pledgeRow(p, locale)));
            add(list);
        }
        PledgeMatching matching = pledges.matching(applicationId);
        add(new Paragraph(getTranslation("pledgeRules.figures", Formats.money(matching.plannedPrivateFunders(), locale),
                Formats.money(matching.confirmedPledges(), locale), Formats.money(matching.figures().privateFunding(), locale))));
        if (matching.results().isEmpty()) {
            add(new Paragraph(getTranslation("pledgeRules.noRules")));
            return;
        }
        UnorderedList rules = new UnorderedList();
        rules.setId("pledge-rules-results");
        for (CoFinancingRule.Result result : matching.results()) {
            Span label = new Span((result.met() ? getTranslation("rule.met") : getTranslation("rule.notMet")) + ": "
                    + getTranslation(result.ruleKey(), Formats.money(result.actual(), locale), Formats.money(result.limit(), locale)));
            label.getElement().getThemeList().add(result.met() ? "badge success" : "badge error");
            rules.add(new ListItem(label));
        }
        add(rules);
    }

    private ListItem pledgeRow(PledgeItem p, Locale locale) {
        ListItem row = new ListItem(getTranslation("pledgeRules.pledge", p.funderName(),
                Formats.money(p.amount(), locale), String.valueOf(p.year()), getTranslation("pledge.kind." + p.kind()),
                getTranslation("pledge.status." + p.status()))
                + (p.conditions() == null ? "" : " — " + getTranslation("pledge.conditionsShown", p.conditions()))
                + (p.receivedAmount() == null ? "" : " — " + getTranslation("pledge.receivedShown",
                Formats.money(p.receivedAmount(), locale), Formats.date(p.receivedOn(), locale),
                Formats.money(p.difference(), locale))));
        if (verifying && p.status() == PledgeStatus.RECEIVED && p.receiptConfirmedByFunderAt() != null) {
            Button verify = new Button(getTranslation("pledgeRules.verify"), click -> PledgeActions.run(this,
                    () -> pledges.verify(p.id(), p.version()), "pledgeRules.verified", Map.of(), this::render));
            verify.setId("pledge-verify-" + p.id());
            verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(verify);
        }
        return row;
    }
}
