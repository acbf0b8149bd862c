package nl.gemeenschapsfonds.fund;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which questions are shown for the answers given so far (issue 21 item 1, ADR 0026): a question without a condition
 * always; a conditional one when the earlier question it depends on is shown itself and its answer is the given
 * value (for several choices: one of the chosen). A hidden question's answer is not asked for, not checked at
 * submission and not shown to reviewers.
 */
public final class QuestionVisibility {

    private QuestionVisibility() {
    }

    /** The keys of the questions shown, in their order. */
    public static Set<String> visible(List<CallQuestion> questions, Map<String, String> answers) {
        Set<String> shown = new LinkedHashSet<>();
        for (CallQuestion question : questions) {
            if (!question.conditional()) {
                shown.add(question.key());
                continue;
            }
            if (!shown.contains(question.shownWhenKey())) {
                continue;
            }
            String answer = answers.get(question.shownWhenKey());
            if (answer != null && question.shownWhenValue() != null
                    && AnswerPolicy.values(answer).contains(question.shownWhenValue())) {
                shown.add(question.key());
            }
        }
        return shown;
    }
}
