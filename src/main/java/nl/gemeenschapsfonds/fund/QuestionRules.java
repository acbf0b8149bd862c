package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a call's own questions and eligibility check must meet before they are saved (ADR 0026): every question has
 * a label in Dutch and English; a choice question at least two different choices; a file question a kind of file; a
 * long text a limit between 1 and 10,000; a condition refers to an earlier question with fixed answers and to one of
 * those answers. An eligibility question has its wording and its reason in both languages and names at least one
 * answer that makes an applicant ineligible. Problems go to the field {@code questions} or {@code eligibility},
 * naming the question by its number.
 */
public final class QuestionRules {

    public static final int MAX_QUESTIONS = 30;
    public static final int MAX_LABEL = 300;
    public static final int MAX_HELP = 1000;
    public static final int MAX_LONG_TEXT = 10_000;

    private QuestionRules() {
    }

    public static List<Problem> check(List<CallQuestion> questions, List<EligibilityQuestion> eligibility) {
        List<Problem> problems = new ArrayList<>();
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new Problem("questions", "questions.definition.tooMany", MAX_QUESTIONS));
        }
        Map<String, CallQuestion> earlier = new java.util.HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            CallQuestion question = questions.get(i);
            int number = i + 1;
            String problem = questionProblem(question, earlier);
            if (problem != null) {
                problems.add(new Problem("questions", problem, number));
            }
            earlier.put(question.key(), question);
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < eligibility.size(); i++) {
            EligibilityQuestion question = eligibility.get(i);
            String problem = eligibilityProblem(question);
            if (problem == null && !keys.add(question.key())) {
                problem = "questions.definition.duplicate";
            }
            if (problem != null) {
                problems.add(new Problem("eligibility", problem, i + 1));
            }
        }
        return problems;
    }

    private static String questionProblem(CallQuestion question, Map<String, CallQuestion> earlier) {
        if (question.key() == null || question.key().isBlank() || earlier.containsKey(question.key())) {
            return "questions.definition.duplicate";
        }
        if (question.kind() == null) {
            return "questions.definition.kindRequired";
        }
        if (blank(question.labelNl()) || blank(question.labelEn())) {
            return "questions.definition.labelRequired";
        }
        if (question.labelNl().length() > MAX_LABEL || question.labelEn().length() > MAX_LABEL
                || length(question.helpNl()) > MAX_HELP || length(question.helpEn()) > MAX_HELP) {
            return "questions.definition.tooLong";
        }
        if (question.kind() == QuestionKind.LONG_TEXT && question.maxLength() != null
                && (question.maxLength() < 1 || question.maxLength() > MAX_LONG_TEXT)) {
            return "questions.definition.maxLength";
        }
        if (question.kind().hasChoices() && !choicesValid(question.choices())) {
            return "questions.definition.choices";
        }
        if (question.kind() == QuestionKind.FILE && question.fileKind() == null) {
            return "questions.definition.fileKind";
        }
        if (question.conditional()) {
            CallQuestion on = earlier.get(question.shownWhenKey());
            if (on == null || !(on.kind() == QuestionKind.YES_NO || on.kind().hasChoices())) {
                return "questions.definition.conditionQuestion";
            }
            List<String> values = on.kind() == QuestionKind.YES_NO ? List.of("yes", "no")
                    : on.choices().stream().map(Choice::value).toList();
            if (question.shownWhenValue() == null || !values.contains(question.shownWhenValue())) {
                return "questions.definition.conditionValue";
            }
        }
        return null;
    }

    private static String eligibilityProblem(EligibilityQuestion question) {
        if (question.key() == null || question.key().isBlank()) {
            return "questions.definition.duplicate";
        }
        if (blank(question.questionNl()) || blank(question.questionEn())) {
            return "questions.definition.labelRequired";
        }
        if (blank(question.reasonNl()) || blank(question.reasonEn())) {
            return "questions.definition.reasonRequired";
        }
        if (question.questionNl().length() > MAX_LABEL || question.questionEn().length() > MAX_LABEL
                || question.reasonNl().length() > MAX_HELP || question.reasonEn().length() > MAX_HELP) {
            return "questions.definition.tooLong";
        }
        if (!question.yesNo() && !choicesValid(question.choices())) {
            return "questions.definition.choices";
        }
        if (question.ineligibleWhen().isEmpty() || !question.values().containsAll(question.ineligibleWhen())) {
            return "questions.definition.rule";
        }
        if (question.ineligibleWhen().containsAll(question.values())) {
            return "questions.definition.ruleExcludesAll";
        }
        return null;
    }

    private static boolean choicesValid(List<Choice> choices) {
        Set<String> values = choices.stream().map(Choice::value).collect(Collectors.toSet());
        return choices.size() >= 2 && values.size() == choices.size() && choices.stream().noneMatch(c -> c.value().isBlank())
                && choices.stream().allMatch(c -> c.value().length() <= MAX_LABEL && c.en().length() <= MAX_LABEL);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

}
