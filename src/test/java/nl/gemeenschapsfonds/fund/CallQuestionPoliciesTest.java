package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a call's own questions (issue 21, ADR 0026): answers, conditional visibility, eligibility, definitions. */
class CallQuestionPoliciesTest {

    private static CallQuestion question(String key, QuestionKind kind) {
        return new CallQuestion(key, kind, "Vraag " + key, "Question " + key, null, null, true,
                kind == QuestionKind.LONG_TEXT ? 10 : null,
                kind.hasChoices() ? List.of(new Choice("Rood", "Red"), new Choice("Blauw", "Blue")) : List.of(),
                kind == QuestionKind.FILE ? FileKind.PDF : null, null, null);
    }

    private static String problem(CallQuestion question, String value, boolean forSubmission) {
        return AnswerPolicy.check(question, value, forSubmission).map(Problem::messageKey).orElse(null);
    }

    @Test
    void every_kind_of_question_refuses_a_value_that_cannot_be_its_answer_and_takes_one_that_can() {
        assertThat(problem(question("a", QuestionKind.SHORT_TEXT), "x".repeat(201), false)).isEqualTo("validation.tooLong");
        assertThat(problem(question("a", QuestionKind.SHORT_TEXT), "Buurthuis", false)).isNull();
        assertThat(problem(question("b", QuestionKind.LONG_TEXT), "elf tekens!", false)).isEqualTo("validation.tooLong");
        assertThat(problem(question("b", QuestionKind.LONG_TEXT), "tien tekens", false)).isEqualTo("validation.tooLong");
        assertThat(problem(question("b", QuestionKind.LONG_TEXT), "tien teken", false)).isNull();
        assertThat(problem(question("c", QuestionKind.WHOLE_NUMBER), "12,5", false)).isEqualTo("questions.validation.wholeNumber");
        assertThat(problem(question("c", QuestionKind.WHOLE_NUMBER), "12", false)).isNull();
        assertThat(problem(question("d", QuestionKind.AMOUNT), "12.345", false)).isEqualTo("questions.validation.amount");
        assertThat(problem(question("d", QuestionKind.AMOUNT), "-1", false)).isEqualTo("questions.validation.amount");
        assertThat(problem(question("d", QuestionKind.AMOUNT), "1250.50", false)).isNull();
        assertThat(problem(question("e", QuestionKind.DATE), "2027-02-30", false)).isEqualTo("questions.validation.date");
        assertThat(problem(question("e", QuestionKind.DATE), "2027-02-28", false)).isNull();
        assertThat(problem(question("f", QuestionKind.YES_NO), "misschien", false)).isEqualTo("questions.validation.choice");
        assertThat(problem(question("f", QuestionKind.YES_NO), "yes", false)).isNull();
        assertThat(problem(question("g", QuestionKind.ONE_CHOICE), "Groen", false)).isEqualTo("questions.validation.choice");
        assertThat(problem(question("g", QuestionKind.ONE_CHOICE), "Rood", false)).isNull();
        assertThat(problem(question("h", QuestionKind.MANY_CHOICES), "Rood\nGroen", false)).isEqualTo("questions.validation.choice");
        assertThat(problem(question("h", QuestionKind.MANY_CHOICES), "Rood\nBlauw", false)).isNull();
        assertThat(problem(question("i", QuestionKind.FILE), "mijn.pdf", false)).isEqualTo("questions.validation.file");
        assertThat(problem(question("i", QuestionKind.FILE), "42", false)).isNull();
    }

    @Test
    void a_required_question_may_be_empty_in_a_draft_but_not_at_submission_and_the_problem_is_at_its_field() {
        CallQuestion required = question("a", QuestionKind.SHORT_TEXT);
        assertThat(AnswerPolicy.check(required, "", false)).isEmpty();
        Problem problem = AnswerPolicy.check(required, " ", true).orElseThrow();
        assertThat(problem.field()).isEqualTo("question.a");
        assertThat(problem.messageKey()).isEqualTo("questions.validation.required");
        assertThat(problem.args()).containsExactly("Vraag a", "Question a");
    }

    @Test
    void a_conditional_question_is_shown_only_while_the_earlier_answer_is_the_given_one_and_that_question_is_shown() {
        CallQuestion volunteers = question("v", QuestionKind.YES_NO);
        CallQuestion what = new CallQuestion("w", QuestionKind.SHORT_TEXT, "Wat", "What", null, null, true, null, List.of(),
                null, "v", "yes");
        CallQuestion how = new CallQuestion("h", QuestionKind.SHORT_TEXT, "Hoe", "How", null, null, true, null, List.of(),
                null, "w", "anything");
        List<CallQuestion> questions = List.of(volunteers, what, how);
        assertThat(QuestionVisibility.visible(questions, Map.of())).containsExactly("v");
        assertThat(QuestionVisibility.visible(questions, Map.of("v", "yes"))).containsExactly("v", "w");
        assertThat(QuestionVisibility.visible(questions, Map.of("v", "no", "w", "anything"))).containsExactly("v");
        CallQuestion colours = question("c", QuestionKind.MANY_CHOICES);
        CallQuestion blue = new CallQuestion("b", QuestionKind.SHORT_TEXT, "Blauw?", "Blue?", null, null, false, null,
                List.of(), null, "c", "Blauw");
        assertThat(QuestionVisibility.visible(List.of(colours, blue), Map.of("c", "Rood\nBlauw"))).containsExactly("c", "b");
        assertThat(QuestionVisibility.visible(List.of(colours, blue), Map.of("c", "Rood"))).containsExactly("c");
    }

    @Test
    void the_eligibility_check_refuses_with_the_reason_of_every_rule_not_met_and_is_incomplete_until_all_are_answered() {
        EligibilityQuestion place = new EligibilityQuestion("p", "In Zwolle?", "In Zwolle?", List.of(), List.of("no"),
                "de voorziening niet in Zwolle ligt", "the facility is not in Zwolle");
        EligibilityQuestion form = new EligibilityQuestion("f", "Rechtsvorm?", "Legal form?",
                List.of(new Choice("Stichting", "Foundation"), new Choice("Bedrijf", "Company")), List.of("Bedrijf"),
                "alleen stichtingen kunnen aanvragen", "only foundations can apply");
        List<EligibilityQuestion> check = List.of(place, form);
        assertThat(EligibilityPolicy.assess(check, Map.of("p", "yes")).verdict()).isEqualTo(EligibilityPolicy.Verdict.INCOMPLETE);
        EligibilityPolicy.Outcome refused = EligibilityPolicy.assess(check, Map.of("p", "no", "f", "Bedrijf"));
        assertThat(refused.verdict()).isEqualTo(EligibilityPolicy.Verdict.NOT_ELIGIBLE);
        assertThat(refused.failed()).extracting(q -> q.reason(java.util.Locale.of("nl")))
                .containsExactly("de voorziening niet in Zwolle ligt", "alleen stichtingen kunnen aanvragen");
        assertThat(EligibilityPolicy.assess(check, Map.of("p", "no")).verdict()).as("one rule is enough to refuse")
                .isEqualTo(EligibilityPolicy.Verdict.NOT_ELIGIBLE);
        assertThat(EligibilityPolicy.assess(check, Map.of("p", "yes", "f", "Stichting")).verdict())
                .isEqualTo(EligibilityPolicy.Verdict.PROBABLY_ELIGIBLE);
    }

    @Test
    void definitions_need_both_languages_choices_a_file_kind_and_conditions_on_earlier_questions_with_fixed_answers() {
        CallQuestion noEnglish = new CallQuestion("a", QuestionKind.SHORT_TEXT, "Vraag", " ", null, null, false, null,
                List.of(), null, null, null);
        CallQuestion oneChoice = new CallQuestion("b", QuestionKind.ONE_CHOICE, "Kies", "Choose", null, null, false, null,
                List.of(new Choice("Alleen", "Only")), null, null, null);
        CallQuestion noKind = new CallQuestion("c", QuestionKind.FILE, "Bestand", "File", null, null, false, null,
                List.of(), null, null, null);
        CallQuestion onText = new CallQuestion("d", QuestionKind.SHORT_TEXT, "Na", "After", null, null, false, null,
                List.of(), null, "a", "x");
        CallQuestion onLater = new CallQuestion("e", QuestionKind.SHORT_TEXT, "Eerder", "Earlier", null, null, false, null,
                List.of(), null, "f", "yes");
        CallQuestion later = question("f", QuestionKind.YES_NO);
        EligibilityQuestion noRule = new EligibilityQuestion("g", "Vraag?", "Question?", List.of(), List.of(), "omdat", "because");
        EligibilityQuestion allRefused = new EligibilityQuestion("h", "Vraag?", "Question?", List.of(), List.of("yes", "no"),
                "omdat", "because");
        assertThat(QuestionRules.check(List.of(noEnglish, oneChoice, noKind, onText, onLater, later), List.of(noRule, allRefused)))
                .extracting(p -> p.field() + " " + p.messageKey() + " " + p.args()[0])
                .containsExactly("questions questions.definition.labelRequired 1", "questions questions.definition.choices 2",
                        "questions questions.definition.fileKind 3", "questions questions.definition.conditionQuestion 4",
                        "questions questions.definition.conditionQuestion 5",
                        "eligibility questions.definition.rule 1", "eligibility questions.definition.ruleExcludesAll 2");
        assertThat(QuestionRules.check(List.of(later, new CallQuestion("w", QuestionKind.SHORT_TEXT, "Wat", "What", null, null,
                true, null, List.of(), null, "f", "yes")), List.of())).isEmpty();
    }
}
