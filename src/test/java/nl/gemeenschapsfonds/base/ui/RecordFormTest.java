package nl.gemeenschapsfonds.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.test.Typing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ui21: a form holds back what it cannot read, and marks every other wrong field at the same time (an emptied required
 * field, a value its record's rules refuse), so the user sees all there is to repair at once; nothing typed is lost.
 */
class RecordFormTest {

    /** Public because the Binder reads it by reflection. */
    public record Visit(String name, Integer visitors, BigDecimal spread) {
    }

    static List<Problem> rules(Visit visit) {
        List<Problem> problems = new ArrayList<>();
        if (visit.visitors() == null) {
            problems.add(new Problem("visitors", "rule.visitorsRequired"));
        }
        if (visit.spread() != null && visit.spread().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Problem("spread", "rule.spreadAtMost100"));
        }
        return problems;
    }

    static class VisitForm extends RecordForm<Visit> {
        final TextField name = new TextField();
        final WholeNumberField visitors = new WholeNumberField();
        final DecimalField spread = new DecimalField();

        VisitForm(boolean withRules) {
            super(Visit.class);
            name.setRequiredIndicatorVisible(true);
            bind(name, "name");
            bind(visitors, "visitors");
            bind(spread, "spread");
            if (withRules) {
                checkWith(RecordFormTest::rules);
            }
            getContent().add(name, visitors, spread);
        }
    }

    private final List<String> elsewhere = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private VisitForm shown(boolean withRules) {
        VisitForm form = new VisitForm(withRules);
        UI.getCurrent().add(form);
        form.setValue(new Visit("Buurthuis", 40, new BigDecimal("10")));
        return form;
    }

    @Test
    void an_unreadable_number_an_emptied_required_field_and_a_value_the_rules_refuse_are_marked_at_once_and_nothing_is_sent() {
        VisitForm form = shown(true);
        form.name.setValue("");
        Typing.type(form.visitors, "veertig");
        Typing.type(form.spread, "250");
        String ownReason = form.visitors.getErrorMessage();

        assertThat(form.readyToSend(elsewhere::add)).as("nothing is sent").isFalse();

        assertThat(form.visitors.isInvalid()).isTrue();
        assertThat(form.visitors.getText()).as("what was typed stays").isEqualTo("veertig");
        assertThat(form.visitors.getErrorMessage()).as("its own reason, not the rule's 'required'").isEqualTo(ownReason);
        assertThat(form.name.isInvalid()).as("the emptied required field, at the same time").isTrue();
        assertThat(form.spread.isInvalid()).as("what the rules refuse, at the same time").isTrue();
        assertThat(form.spread.getText()).isEqualTo("250");
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void without_rules_of_its_own_a_form_still_marks_an_emptied_required_field_with_the_unreadable_one() {
        VisitForm form = shown(false);
        form.name.setValue("");
        Typing.type(form.visitors, "12k");

        assertThat(form.readyToSend(elsewhere::add)).isFalse();

        assertThat(form.visitors.isInvalid()).isTrue();
        assertThat(form.visitors.getText()).isEqualTo("12k");
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.spread.isInvalid()).isFalse();
    }

    @Test
    void once_everything_can_be_read_the_earlier_marks_go_and_the_record_is_sent_for_the_service_to_judge() {
        VisitForm form = shown(true);
        form.name.setValue("");
        Typing.type(form.visitors, "veertig");
        assertThat(form.readyToSend(elsewhere::add)).isFalse();

        Typing.type(form.visitors, "45");
        assertThat(form.readyToSend(elsewhere::add)).as("the service judges the rest").isTrue();

        assertThat(form.name.isInvalid()).as("cleared: the service's answer will say it again").isFalse();
        assertThat(form.visitors.isInvalid()).isFalse();
        assertThat(form.getValue()).isEqualTo(new Visit("", 45, new BigDecimal("10")));
    }

    @Test
    void forms_sent_together_hold_back_together_and_each_marks_its_own_fields() {
        VisitForm first = shown(true);
        VisitForm second = shown(true);
        Typing.type(first.visitors, "veel");
        second.name.setValue("");

        assertThat(RecordForm.readyToSend(elsewhere::add, first, second)).isFalse();

        assertThat(first.visitors.isInvalid()).isTrue();
        assertThat(second.name.isInvalid()).as("marked in the other form too").isTrue();
        assertThat(first.name.isInvalid()).isFalse();
    }
}
