package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AnswerPolicy;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.EligibilityQuestion;
import nl.gemeenschapsfonds.fund.QuestionVisibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * An application's answers to its call's own questions, of the version it was started with, and the answers of the
 * eligibility check it came through (ADR 0026). {@code files} names the attachments that file questions refer to.
 */
public record AnswerSheet(long applicationId, long callId, int version, List<CallQuestion> questions,
                          Map<String, String> answers, List<EligibilityQuestion> eligibility,
                          Map<String, String> eligibilityAnswers, Map<Long, String> files) {

    public AnswerSheet {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
        eligibility = List.copyOf(eligibility);
        eligibilityAnswers = Map.copyOf(eligibilityAnswers);
        files = Map.copyOf(files);
    }

    /** A question with the answer as people read it. */
    public record Shown(String question, String answer) {
    }

    /** The words an answer is shown with, in the reader's language: for no answer, yes and no. */
    public record Words(String unanswered, String yes, String no) {
    }

    /** Whether there is anything to show at all. */
    public boolean isEmpty() {
        return questions.isEmpty() && eligibilityAnswers.isEmpty();
    }

    /** The keys of the questions shown for the answers given. */
    public Set<String> visible() {
        return QuestionVisibility.visible(questions, answers);
    }

    /** The shown questions with their answers (unanswered ones say so), as the review page, receipt and views show them. */
    public List<Shown> shownAnswers(Locale locale, Words words) {
        Set<String> visible = visible();
        return questions.stream().filter(question -> visible.contains(question.key()))
                .map(question -> new Shown(question.label(locale), display(question, answers.get(question.key()), locale,
                        words, files::get)))
                .toList();
    }

    /**
     * The answers of the shown questions by question key, as people read them; questions hidden by an earlier answer
     * are left out. For exports that put each question in its own column (issue 21, the work-queue export).
     */
    public Map<String, String> shownByKey(Locale locale, Words words) {
        Set<String> visible = visible();
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        questions.stream().filter(question -> visible.contains(question.key()))
                .forEach(question -> shown.put(question.key(), display(question, answers.get(question.key()), locale,
                        words, files::get)));
        return shown;
    }

    /** The eligibility questions this application came through, with the answers given. */
    public List<Shown> shownEligibility(Locale locale, Words words) {
        return eligibility.stream().filter(question -> eligibilityAnswers.containsKey(question.key()))
                .map(question -> {
                    String value = eligibilityAnswers.get(question.key());
                    String text = question.yesNo() ? (EligibilityQuestion.YES.equals(value) ? words.yes() : words.no())
                            : question.choices().stream().filter(c -> c.value().equals(value)).map(c -> c.label(locale))
                            .findFirst().orElse(value);
                    return new Shown(question.question(locale), text);
                })
                .toList();
    }

    /** An answer as people read it: amounts and dates in the reader's format, choices in their language. */
    static String display(CallQuestion question, String value, Locale locale, Words words, LongFunction<String> files) {
        if (value == null || value.isBlank()) {
            return words.unanswered();
        }
        try {
            return switch (question.kind()) {
                case AMOUNT -> Formats.money(new BigDecimal(value), locale);
                case DATE -> Formats.date(LocalDate.parse(value), locale);
                case YES_NO -> "yes".equals(value) ? words.yes() : words.no();
                case ONE_CHOICE, MANY_CHOICES -> AnswerPolicy.values(value).stream()
                        .map(v -> question.choices().stream().filter(c -> c.value().equals(v)).map(c -> c.label(locale))
                                .findFirst().orElse(v))
                        .collect(Collectors.joining(", "));
                case FILE -> {
                    String name = files.apply(Long.parseLong(value));
                    yield name == null ? words.unanswered() : name;
                }
                default -> value;
            };
        } catch (RuntimeException unreadable) {
            return value;
        }
    }

}
