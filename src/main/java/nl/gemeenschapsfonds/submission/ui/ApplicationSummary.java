package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.AttachmentListItem;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FundingSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The whole application on one page, step by step, as the applicant filled it in: in the wizard's last
 * step with a "Wijzigen" link per step, and read-only after submitting (what was submitted).
 */
class ApplicationSummary extends VerticalLayout {

    /** {@code edit} opens a step of the wizard; null for the read-only view. */
    ApplicationSummary(ApplicationDraft d, String callTitle, String municipalityName, List<AttachmentListItem> attachments,
                       IntConsumer edit) {
        setId("application-summary");
        setPadding(false);
        Locale locale = getLocale();
        section(1, edit, line("wizard.call", callTitle));
        section(2, edit,
                line("wizard.facilityType", d.facilityType() == null ? null : getTranslation("facility." + d.facilityType())),
                line("wizard.facilityName", d.facilityName()),
                line("wizard.facilityStreet", d.facilityStreet()),
                line("wizard.facilityPostcode", d.facilityPostcode()),
                line("wizard.facilityCity", d.facilityCity()),
                line("wizard.facilityMunicipality", municipalityName),
                line("wizard.kindOfWork", d.kindOfWork() == null ? null : getTranslation("kindOfWork." + d.kindOfWork())));
        section(3, edit,
                line("wizard.title", d.title()),
                line("wizard.description", d.description()),
                line("wizard.targetGroups", d.targetGroups()),
                line("wizard.expectedVisitors", d.expectedVisitorsPerWeek() == null ? null : String.valueOf(d.expectedVisitorsPerWeek())),
                line("wizard.activities", d.activities()),
                line("wizard.partners", d.partners()),
                line("wizard.intervention", d.intervention()),
                line("wizard.startDate", Formats.date(d.startDate(), locale)),
                line("wizard.endDate", Formats.date(d.endDate(), locale)));
        UnorderedList costs = new UnorderedList();
        costs.setId("summary-costs");
        for (CostLine cost : d.costLines()) {
            costs.add(new ListItem(getTranslation("summary.line",
                    cost.category() == null ? "–" : getTranslation("costLines.kind." + cost.category().name()),
                    String.valueOf(cost.year()), nz(cost.description()), money(cost.amount(), locale))));
        }
        BigDecimal totalCosts = d.costLines().stream().map(CostLine::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        section(4, edit, d.costLines().isEmpty() ? new Paragraph(getTranslation("summary.none")) : costs,
                new Paragraph(getTranslation("summary.totalCosts", Formats.money(totalCosts, locale))));
        UnorderedList financing = new UnorderedList();
        financing.setId("summary-financing");
        for (FinancingLine line : d.financingLines()) {
            String amount = money(line.amount(), locale);
            if (line.source() == FundingSource.IN_KIND && line.hours() != null && line.hourlyRate() != null) {
                amount = getTranslation("summary.inKind", line.hours().stripTrailingZeros().toPlainString(),
                        Formats.money(line.hourlyRate(), locale), amount);
            }
            financing.add(new ListItem(getTranslation("summary.line",
                    line.source() == null ? "–" : getTranslation("financingLines.kind." + line.source().name()),
                    String.valueOf(line.year()), nz(line.description()), amount)));
        }
        BigDecimal totalFinancing = d.financingLines().stream().map(FinancingLine::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        section(5, edit, d.financingLines().isEmpty() ? new Paragraph(getTranslation("summary.none")) : financing,
                new Paragraph(getTranslation("summary.totalFinancing", Formats.money(totalFinancing, locale))),
                line("wizard.seekingCofinancing", getTranslation(d.seekingCofinancing() ? "summary.yes" : "summary.no")));
        UnorderedList files = new UnorderedList();
        files.setId("summary-attachments");
        for (AttachmentListItem attachment : attachments) {
            files.add(new ListItem(getTranslation("summary.attachment", getTranslation("attachment.kind." + attachment.kind()),
                    attachment.fileName())));
        }
        section(6, edit, attachments.isEmpty() ? new Paragraph(getTranslation("summary.none")) : files);
    }

    private void section(int step, IntConsumer edit, Component... content) {
        Div section = new Div();
        section.setId("summary-step-" + step);
        section.addClassName("summary-step");
        HorizontalLayout heading = new HorizontalLayout(new H3(step + ". " + getTranslation("wizard.step" + step)));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (edit != null) {
            Button change = new Button(getTranslation("summary.edit"), click -> edit.accept(step));
            change.setId("summary-edit-" + step);
            change.setAriaLabel(getTranslation("summary.editStep", getTranslation("wizard.step" + step)));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            heading.add(change);
        }
        section.add(heading);
        // the lines of a step form one list of labels and values (a table to the eye, a description list to a reader)
        DescriptionList fields = null;
        for (Component part : content) {
            if (part instanceof DescriptionList line && line.hasClassName("summary-fields")) {
                if (fields == null) {
                    fields = line;
                    section.add(fields);
                } else {
                    fields.add(line.getChildren().toList().toArray(Component[]::new));
                }
            } else {
                fields = null;
                section.add(part);
            }
        }
        add(section);
    }

    /** A label and its value: the label as written in the wizard (a question keeps its question mark, no colon). */
    private Component line(String labelKey, String value) {
        DescriptionList line = new DescriptionList();
        line.addClassName("summary-fields");
        DescriptionList.Term label = new DescriptionList.Term(getTranslation(labelKey));
        label.addClassName("summary-label");
        line.add(label, new DescriptionList.Description(value == null || value.isBlank() ? getTranslation("summary.empty") : value));
        return line;
    }

    private String money(BigDecimal amount, Locale locale) {
        return amount == null ? getTranslation("summary.empty") : Formats.money(amount, locale);
    }

    /** The description after a dash, or nothing. */
    private static String nz(String text) {
        return text == null || text.isBlank() ? "" : " – " + text.strip();
    }

    /** The municipality's name for its code, or the code when unknown. */
    static String municipality(Municipalities municipalities, String code) {
        if (code == null) {
            return null;
        }
        return municipalities.byCode(code).map(Municipalities.Municipality::name).orElse(code);
    }
}
