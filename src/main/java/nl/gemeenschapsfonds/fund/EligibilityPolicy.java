package nl.gemeenschapsfonds.fund;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a call's eligibility check (issue 21 item 2, ADR 0026): ineligible as soon as one answer is one that
 * a question's rule names, with every such rule's reason; incomplete while a question is unanswered; otherwise
 * probably eligible ("waarschijnlijk": the check is a screening, not the decision).
 */
public final class EligibilityPolicy {

    public enum Verdict { INCOMPLETE, PROBABLY_ELIGIBLE, NOT_ELIGIBLE }

    /** The verdict and the questions whose rule made the applicant ineligible. */
    public record Outcome(Verdict verdict, List<EligibilityQuestion> failed) {
        public Outcome {
            failed = List.copyOf(failed);
        }
    }

    private EligibilityPolicy() {
    }

    public static Outcome assess(List<EligibilityQuestion> questions, Map<String, String> answers) {
        List<EligibilityQuestion> failed = questions.stream()
                .filter(question -> answered(question, answers) && question.ineligibleWhen().contains(answers.get(question.key())))
                .toList();
        if (!failed.isEmpty()) {
            return new Outcome(Verdict.NOT_ELIGIBLE, failed);
        }
        boolean complete = questions.stream().allMatch(question -> answered(question, answers));
        return new Outcome(complete ? Verdict.PROBABLY_ELIGIBLE : Verdict.INCOMPLETE, List.of());
    }

    private static boolean answered(EligibilityQuestion question, Map<String, String> answers) {
        String answer = answers.get(question.key());
        return answer != null && question.values().contains(answer);
    }
}
