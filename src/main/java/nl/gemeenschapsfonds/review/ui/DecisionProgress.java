package nl.gemeenschapsfonds.review.ui;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.submission.ApplicationProgress;
import nl.gemeenschapsfonds.submission.ApplicationProgress.Step;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The decision on the applicant's timeline, and whether the grant was full or partial in the sentence at the top. */
@org.springframework.stereotype.Component
class DecisionProgress implements ApplicationProgress {

    private final DecisionService decisions;
    private final Translations translations;

    DecisionProgress(DecisionService decisions, Translations translations) {
        this.decisions = decisions;
        this.translations = translations;
    }

    @Override
    public List<Entry> timeline(long applicationId, Locale locale) {
        return decisions.myDecision(applicationId).map(decision -> List.of(new Entry(decision.date(),
                translations.get(locale, "timeline.decided." + decision.kind(), Formats.date(decision.date(), locale),
                        Formats.money(decision.granted(), locale)), false, Step.DECISION))).orElse(List.of());
    }

    @Override
    public Optional<String> explanation(long applicationId, ApplicationStatus status, Locale locale) {
        if (status != ApplicationStatus.GRANTED) {
            return Optional.empty();
        }
        return decisions.myDecision(applicationId).map(decision -> translations.get(locale,
                decision.kind() == Recommendation.GRANT_PARTLY ? "explain.GRANTED.partly" : "explain.GRANTED.full"));
    }

    @Override
    public boolean timelineForPartners() {
        return true; // co-applicants read the decision (issue 21, coapp21)
    }
}
