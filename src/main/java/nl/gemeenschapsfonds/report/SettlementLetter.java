package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.LetterFacts;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.submission.CostCategory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.gemeenschapsfonds.base.templates.LetterFacts.clean;

/**
 * The settlement letter (beschikking tot vaststelling) as a PDF, in Dutch or English, from the template
 * {@code letters/settlement} ({@link Templates}: an authority may override it): the granted and the settled amount, the
 * reductions per cost line with their reason, what was paid, advances the settlement cancelled, the final payment or
 * the repayment claim, the motivation, whether the authority settled on its own motion (Awb 4:44 lid 3–4), and the
 * right of objection with its term (Awb 4:46: a settlement is a decision; ADR 0029). Everything a user typed is printed
 * as text by the template.
 */
@Component
class SettlementLetter {

    static final String TEMPLATE = "letters/settlement";

    record Line(CostCategory category, int year, String description, BigDecimal budget, BigDecimal reduction,
                ReductionReason reason, String note) {
    }

    record Data(String authorityName, String reference, String title, String organisationName, LocalDate date,
                SettlementKind kind, BigDecimal granted, BigDecimal settled, List<Line> reductions, BigDecimal paid,
                BigDecimal cancelledAdvances, BigDecimal finalPayment, SettlementItem.RepaymentClaim claim, String motivation,
                LocalDate objectionDeadline, int objectionWeeks, String callTitle, boolean reportCameIn) {
    }

    /** A reduced cost line as the letter prints it. */
    public record Reduction(String label, String amount, String reason) {
    }

    /** The facts of the letter as the template prints them: formatted, user text split into paragraphs. */
    public record Facts(String authorityName, String date, String reference, List<Reduction> reductions,
                        List<String> motivation, List<String> closing) {
    }

    private final Templates templates;
    private final Translations translations;

    SettlementLetter(Templates templates, Translations translations) {
        this.templates = templates;
        this.translations = translations;
    }

    byte[] render(Data data, Locale language) {
        return HtmlPdf.render(html(data, language));
    }

    String html(Data data, Locale language) {
        return templates.render(TEMPLATE, language,
                Map.of("letter", LetterFacts.variables(facts(data, language)), "t", texts(data, language)));
    }

    private Facts facts(Data data, Locale language) {
        List<Reduction> reductions = data.reductions().stream().map(line -> new Reduction(
                clean(t(language, "costLines.kind." + line.category()) + " " + line.year()
                        + (line.description() == null ? "" : " – " + line.description())),
                "− " + Formats.money(line.reduction(), language),
                clean(t(language, "reduction." + line.reason()) + (line.note() == null ? "" : ": " + line.note()))))
                .toList();
        return new Facts(clean(data.authorityName()), Formats.date(data.date(), language), clean(data.reference()),
                reductions, LetterFacts.paragraphs(data.motivation()),
                LetterFacts.paragraphs(t(language, "letter.closing", data.authorityName())));
    }

    private Map<String, String> texts(Data data, Locale language) {
        Map<String, String> t = new HashMap<>();
        t.put("to", t(language, "letter.to", data.organisationName()));
        t.put("date", t(language, "letter.date"));
        t.put("reference", t(language, "letter.reference"));
        t.put("subject", t(language, "letter.subject"));
        t.put("subjectText", t(language, "settlementLetter.subject", data.title()));
        t.put("title", t(language, "settlementLetter.title"));
        if (data.kind() == SettlementKind.OWN_MOTION) {
            // on own motion: no final report at all (Awb 4:44), or a report whose asked-for addition never came (4:47)
            t.put("ownMotion", t(language, data.reportCameIn() ? "settlementLetter.ownMotionAfterMore" : "settlementLetter.ownMotion"));
        }
        t.put("intro", t(language, "settlementLetter.intro", data.callTitle(), Formats.money(data.granted(), language)));
        t.put("settled", t(language, "settlementLetter.settled", Formats.money(data.settled(), language)));
        t.put("reductions", t(language, "settlementLetter.reductions"));
        t.put("paid", t(language, "settlementLetter.paid", Formats.money(data.paid(), language)));
        if (data.cancelledAdvances() != null) {
            t.put("cancelled", t(language, "settlementLetter.cancelledAdvances", Formats.money(data.cancelledAdvances(), language)));
        }
        t.put("outcome", outcome(data, language));
        t.put("motivation", t(language, "letter.motivation"));
        t.put("objection", t(language, "letter.objection", Formats.date(data.objectionDeadline(), language), data.authorityName()));
        t.put("objectionTerm", t(language, "settlementLetter.objectionTerm", String.valueOf(data.objectionWeeks())));
        t.replaceAll((key, text) -> clean(text));
        return t;
    }

    /** The final payment, the repayment claim, or that nothing is due. */
    private String outcome(Data data, Locale language) {
        if (data.finalPayment() != null) {
            return t(language, "settlementLetter.finalPayment", Formats.money(data.finalPayment(), language));
        }
        if (data.claim() != null) {
            return t(language, "settlementLetter.repayment", Formats.money(data.claim().amount(), language),
                    Formats.date(data.claim().dueOn(), language));
        }
        return t(language, "settlementLetter.nothingDue");
    }

    private String t(Locale language, String key, Object... args) {
        return translations.get(language, key, args);
    }
}
