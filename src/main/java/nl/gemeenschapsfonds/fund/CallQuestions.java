package nl.gemeenschapsfonds.fund;

import java.util.List;
import java.util.Optional;

/**
 * One version of a call's own questions and its eligibility check (ADR 0026). While the call is a draft there is one
 * version that the administrator edits; after publication a new version is made only by an amendment, and an
 * application keeps the version it was started with.
 */
public record CallQuestions(long callId, int version, List<CallQuestion> questions, List<EligibilityQuestion> eligibility) {

    public CallQuestions {
        questions = questions == null ? List.of() : List.copyOf(questions);
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
    }

    public static CallQuestions none(long callId) {
        return new CallQuestions(callId, 1, List.of(), List.of());
    }

    public Optional<CallQuestion> question(String key) {
        return questions.stream().filter(question -> question.key().equals(key)).findFirst();
    }
}
