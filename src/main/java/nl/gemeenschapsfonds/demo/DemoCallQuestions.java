package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.Choice;
import nl.gemeenschapsfonds.fund.EligibilityQuestion;
import nl.gemeenschapsfonds.fund.QuestionKind;

import java.util.List;

/**
 * The open demo call's own questions and eligibility check (issue 21): a yes/no question with a conditional long
 * text after "yes", and a check on where the facility is and what kind of organisation applies. Neither question is
 * required, so the demo's and the tests' applications in this call are complete without them.
 */
final class DemoCallQuestions {

    private DemoCallQuestions() {
    }

    /** Adds them through the call's service, as the administrator would in the call editor (before publication). */
    static void add(CallQuestionService questions, long callId) {
        questions.save(callId, List.of(
                new CallQuestion("vrijwilligers", QuestionKind.YES_NO, "Werkt u met vrijwilligers?",
                        "Do you work with volunteers?", "Bijvoorbeeld gastvrouwen, chauffeurs of een klussenploeg.",
                        "For example hosts, drivers or a handyman team.", false, null, List.of(), null, null, null),
                new CallQuestion("vrijwilligerswerk", QuestionKind.LONG_TEXT, "Wat doen de vrijwilligers, en hoeveel zijn het er?",
                        "What do the volunteers do, and how many are there?", null, null, false, 500, List.of(), null,
                        "vrijwilligers", "yes")),
                List.of(
                new EligibilityQuestion("gemeente", "Ligt de voorziening in de gemeente Zwolle?",
                        "Is the facility in the municipality of Zwolle?", List.of(), List.of(EligibilityQuestion.NO),
                        "de regeling alleen is voor voorzieningen in de gemeente Zwolle.",
                        "the call is only for facilities in the municipality of Zwolle."),
                new EligibilityQuestion("rechtsvorm", "Wat voor organisatie bent u?", "What kind of organisation are you?",
                        List.of(new Choice("Vereniging", "Association"), new Choice("Stichting", "Foundation"),
                                new Choice("Coöperatie", "Cooperative"),
                                new Choice("Bedrijf of eenmanszaak", "Company or sole trader"),
                                new Choice("Particulier", "Private person")),
                        List.of("Bedrijf of eenmanszaak", "Particulier"),
                        "alleen een vereniging, stichting of coöperatie kan aanvragen.",
                        "only an association, foundation or cooperative can apply.")),
                null);
    }
}
