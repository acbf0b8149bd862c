package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.CoFinancingSource;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The rules of a call: the maximum grant, the co-financing shares (as percentages), the decision and objection terms,
 * and the settlement settings. Component names are the names the service's problems use.
 */
class CallRulesForm extends RecordForm<CallRulesForm.Rules> {

    public record Rules(BigDecimal maxGrant, BigDecimal minPrivateShare, Set<CoFinancingSource> privateShareCounts,
                 BigDecimal maxFundShare, BigDecimal maxInKindShare, boolean grantMaxMunicipal, Integer decisionWeeks,
                 Integer objectionWeeks, BigDecimal settleAtOnceUpTo, Integer finalReportWeeks,
                 BigDecimal accountantStatementAbove) {
    }

    private final DecimalField maxGrant = amount("maxGrant", "call.maxGrant", "€", null);
    private final DecimalField minPrivateShare = amount("minPrivateShare", "call.minPrivateShare", null, "%");
    private final DecimalField maxFundShare;
    private final DecimalField maxInKindShare;
    private final WholeNumberField decisionWeeks;
    private final WholeNumberField objectionWeeks;
    private final DecimalField settleAtOnceUpTo;
    private final WholeNumberField finalReportWeeks;
    private final DecimalField accountantStatementAbove;

    CallRulesForm() {
        super(Rules.class);
        CheckboxGroup<CoFinancingSource> privateShareCounts = new CheckboxGroup<>(getTranslation("call.privateShareCounts"));
        privateShareCounts.setHelperText(getTranslation("call.privateShareCounts.help"));
        privateShareCounts.setId("call-privateShareCounts");
        privateShareCounts.setItems(CoFinancingSource.values());
        privateShareCounts.setItemLabelGenerator(source -> getTranslation(source.labelKey()));
        bind(privateShareCounts, "privateShareCounts");
        maxFundShare = amount("maxFundShare", "call.maxFundShare", null, "%");
        maxInKindShare = amount("maxInKindShare", "call.maxInKindShare", null, "%");
        Checkbox grantMaxMunicipal = new Checkbox(getTranslation("call.grantMaxMunicipal"));
        grantMaxMunicipal.setId("call-grantMaxMunicipal");
        bind(grantMaxMunicipal, "grantMaxMunicipal");
        fields().remove("grantMaxMunicipal"); // as before: the service names no problem after it
        decisionWeeks = weeks("decisionWeeks", "call.decisionWeeks");
        objectionWeeks = weeks("objectionWeeks", "call.objectionWeeks");
        settleAtOnceUpTo = amount("settleAtOnceUpTo", "call.settleAtOnceUpTo", "€", null);
        settleAtOnceUpTo.setHelperText(getTranslation("call.settleAtOnceUpTo.help"));
        finalReportWeeks = weeks("finalReportWeeks", "call.finalReportWeeks");
        accountantStatementAbove = amount("accountantStatementAbove", "call.accountantStatementAbove", "€", null);
        getContent().add(maxGrant, minPrivateShare, privateShareCounts, maxFundShare, maxInKindShare, grantMaxMunicipal,
                decisionWeeks, objectionWeeks, settleAtOnceUpTo, finalReportWeeks, accountantStatementAbove);
    }

    private DecimalField amount(String name, String label, String prefix, String suffix) {
        DecimalField field = new DecimalField();
        field.setLabel(getTranslation(label));
        field.setId("call-" + name);
        field.setMoney("€".equals(prefix)); // a share ("%" after it) is no money: no example with cents
        if (prefix != null) {
            field.setPrefixComponent(new Span(prefix));
        }
        if (suffix != null) {
            field.setSuffixComponent(new Span(suffix));
        }
        return bind(field, name);
    }

    private WholeNumberField weeks(String name, String label) {
        WholeNumberField field = new WholeNumberField();
        field.setLabel(getTranslation(label));
        field.setId("call-" + name);
        field.setMin(1);
        field.setMax(52);
        field.setStepButtonsVisible(true);
        return bind(field, name);
    }

    @Override
    public boolean hasUnreadableInput() {
        return anyInvalid(maxGrant, minPrivateShare, maxFundShare, maxInKindShare, decisionWeeks, objectionWeeks,
                settleAtOnceUpTo, finalReportWeeks, accountantStatementAbove);
    }
}
