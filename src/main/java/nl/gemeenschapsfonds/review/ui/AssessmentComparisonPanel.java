package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.AssessmentForm;
import nl.gemeenschapsfonds.review.AssessmentPolicy;
import nl.gemeenschapsfonds.review.AssessmentService;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The assessments of an application side by side for the decision maker (issue 21.3): a row per criterion, the total
 * score and the recommendation, a column per reviewer; above it the spread of the total scores and whether the call's
 * assessments (and a second opinion) are complete, which the decision waits for.
 */
class AssessmentComparisonPanel extends Composite<VerticalLayout> {

    /** A row of the comparison: its label and one cell text per assessment. */
    record Row(String label, List<String> cells) {
    }

    AssessmentComparisonPanel(AssessmentService.Comparison comparison) {
        VerticalLayout content = getContent();
        content.setId("assessment-comparison");
        content.setPadding(false);
        content.add(new H2(getTranslation("review.assessments.title")));
        Paragraph summary = new Paragraph(getTranslation("review.assessments.spread",
                Formats.number(comparison.spread(), getLocale()), comparison.required()));
        summary.setId("assessment-spread");
        Paragraph verdict = new Paragraph(switch (comparison.verdict()) {
            case COMPLETE -> getTranslation("review.assessments.complete");
            case INCOMPLETE -> getTranslation("review.assessments.incomplete", comparison.missing());
            case SECOND_OPINION_NEEDED -> getTranslation("review.assessments.secondOpinion",
                    Formats.number(comparison.secondOpinionSpread(), getLocale()));
        });
        verdict.setId("assessment-verdict");
        if (comparison.verdict() != AssessmentPolicy.Verdict.COMPLETE) {
            verdict.addClassName("assessment-verdict-waiting");
        }
        content.add(summary, verdict);

        List<AssessmentForm> forms = comparison.assessments();
        List<Row> rows = new ArrayList<>();
        int criteria = forms.isEmpty() ? 0 : forms.getFirst().scores().size();
        for (int i = 0; i < criteria; i++) {
            int position = i;
            AssessmentForm.CriterionScore first = forms.getFirst().scores().get(i);
            rows.add(new Row("en".equals(getLocale().getLanguage()) ? first.nameEn() : first.nameNl(), cells(forms, form -> {
                Integer score = form.scores().get(position).score();
                return score == null ? "–" : score + " / " + form.scores().get(position).maxScore();
            })));
        }
        rows.add(new Row(getTranslation("review.assessments.total"), cells(forms, form -> form.completed() && form.weightedScore() != null
                ? Formats.number(form.weightedScore(), getLocale()) : getTranslation("review.assessments.open"))));
        rows.add(new Row(getTranslation("review.assessments.recommendation"), cells(forms, form -> form.recommendation() == null
                ? "–" : getTranslation("recommendation." + form.recommendation()))));
        Grid<Row> grid = new Grid<>();
        grid.setId("assessment-comparison-grid");
        grid.setAriaLabel(getTranslation("review.assessments.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::label).setHeader(getTranslation("review.assessments.criterion")).setFlexGrow(2);
        for (int a = 0; a < forms.size(); a++) {
            int index = a;
            grid.addColumn(row -> row.cells().get(index)).setHeader(comparison.reviewers().get(a))
                    .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        }
        grid.setItems(rows);
        content.add(grid);
    }

    private static List<String> cells(List<AssessmentForm> forms, Function<AssessmentForm, String> cell) {
        return forms.stream().map(cell).toList();
    }
}
