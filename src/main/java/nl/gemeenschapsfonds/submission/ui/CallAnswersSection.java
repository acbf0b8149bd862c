package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.submission.AnswerSheet;
import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Locale;

/**
 * The answers to the call's own questions and to its eligibility check, to read (ADR 0026): on the reviewer's page
 * ({@link ApplicationSections#callAnswersForStaff(long)}, one line in the review module's view), in the applicant's submitted application and on
 * the wizard's last step. Shows nothing when the call asks nothing.
 */
@NamedInterface("answers")
public class CallAnswersSection extends Composite<VerticalLayout> {

    CallAnswersSection(AnswerSheet sheet, boolean asSection) {
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setId("call-answers");
        Locale locale = getLocale();
        AnswerSheet.Words words = new AnswerSheet.Words(getTranslation("questions.unanswered"),
                getTranslation("questions.answer.yes"), getTranslation("questions.answer.no"));
        List<AnswerSheet.Shown> shown = sheet.shownAnswers(locale, words);
        List<AnswerSheet.Shown> eligibility = sheet.shownEligibility(locale, words);
        setVisible(!shown.isEmpty() || !eligibility.isEmpty());
        if (!shown.isEmpty()) {
            box.add(asSection ? new H2(getTranslation("questions.wizard.heading")) : new H3(getTranslation("questions.wizard.heading")));
            box.add(list("call-answers-list", shown));
        }
        if (!eligibility.isEmpty()) {
            box.add(new H3(getTranslation("eligibility.answers.heading")));
            box.add(list("call-answers-eligibility", eligibility));
        }
    }

    private static DescriptionList list(String id, List<AnswerSheet.Shown> shown) {
        DescriptionList list = new DescriptionList();
        list.setId(id);
        list.addClassName("call-answers");
        for (AnswerSheet.Shown answer : shown) {
            list.add(new DescriptionList.Term(answer.question()), new DescriptionList.Description(answer.answer()));
        }
        return list;
    }
}
