package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.RefusalGround;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The review panels' form records bind with Vaadin's Binder: read into the fields, written back as typed. */
class PanelRecordsBindTest {

    @Test
    void the_assessment_advice_is_read_into_its_fields_and_written_back_as_typed() throws Exception {
        Binder<AssessmentPanel.Advice> binder = new Binder<>(AssessmentPanel.Advice.class);
        RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>();
        recommendation.setItems(Recommendation.values());
        TextArea motivation = new TextArea();
        binder.forField(recommendation).bind("recommendation");
        binder.forField(motivation).bind("motivation");

        binder.readRecord(new AssessmentPanel.Advice(Recommendation.GRANT, "Past in de regeling."));
        assertThat(motivation.getValue()).isEqualTo("Past in de regeling.");
        recommendation.setValue(Recommendation.REFUSE);
        motivation.setValue("Toch niet.");

        assertThat(binder.writeRecord()).isEqualTo(new AssessmentPanel.Advice(Recommendation.REFUSE, "Toch niet."));
    }

    @Test
    void the_decision_choices_are_read_and_written_as_a_record() throws Exception {
        Binder<DecisionFormPanel.Choices> binder = new Binder<>(DecisionFormPanel.Choices.class);
        TextArea motivation = new TextArea();
        RadioButtonGroup<Recommendation> kind = new RadioButtonGroup<>();
        kind.setItems(Recommendation.values());
        TextArea conditions = new TextArea();
        DatePicker dueBy = new DatePicker();
        binder.forField(kind).bind("kind");
        binder.forField(conditions).bind("conditions");
        binder.forField(new TextArea()).bind("reportObligations");
        binder.forField(new DatePicker()).bind("settlementDeadline");
        binder.forField(new Checkbox()).bind("advance");
        binder.forField(new Select<RefusalGround>()).bind("refusalGround");
        binder.forField(motivation).bind("motivation");
        binder.forField(dueBy).bind("coFinancingDueBy");

        binder.setDefaultValidatorsEnabled(false);
        dueBy.setMin(LocalDate.of(2027, 7, 1));
        binder.readRecord(new DecisionFormPanel.Choices(Recommendation.GRANT, "", "", null, true, null, "", null));
        motivation.setValue("Voldoet.");
        dueBy.setValue(LocalDate.of(2027, 6, 1)); // before the picker's minimum: the service, not the binder, refuses it

        DecisionFormPanel.Choices written = binder.writeRecord();
        assertThat(written.kind()).isEqualTo(Recommendation.GRANT);
        assertThat(written.motivation()).isEqualTo("Voldoet.");
        assertThat(written.advance()).isTrue();
        assertThat(written.coFinancingDueBy()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(written.conditions()).as("an empty text is no condition").isNullOrEmpty();
    }
}
