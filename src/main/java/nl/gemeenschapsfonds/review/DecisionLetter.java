package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.LetterFacts;
import nl.gemeenschapsfonds.base.templates.Templates;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import static nl.gemeenschapsfonds.base.templates.LetterFacts.clean;

/**
 * The decision letter (beschikking) as a PDF, in Dutch or English, from the template {@code letters/decision}
 * (an authority may override it, see {@link Templates}): authority, reference, date, the decision, amounts per year,
 * the partner organisations the application names, conditions and obligations, payment schedule, motivation, and the
 * objection clause with the last day to object.
 * The sentences come from the translation files, filled in here; the template places them.
 */
@Component
class DecisionLetter {

    static final String TEMPLATE = "letters/decision";

    record Data(String authorityName, String reference, String title, String organisationName, LocalDate date,
                Recommendation kind, SortedMap<Integer, BigDecimal> amounts, BigDecimal requested, String conditions,
                String reportObligations, LocalDate settlementDeadline, List<DecisionForm.Advance> advances,
                RefusalGround refusalGround, String motivation, LocalDate objectionDeadline, String callTitle,
                LocalDate coFinancingDueBy, boolean settledAtOnce, List<String> organisationAddress,
                String authorityAddress, String signatory, List<ReportSchedulePreview.Due> reports, List<String> partners) {
    }

    /** A label and its value: a row of one of the letter's tables. */
    public record Row(String label, String value) {
    }

    /** The facts of the letter as the template prints them: formatted, user text split into paragraphs. */
    public record Facts(String authorityName, List<String> authorityAddress, List<String> to, String date, String reference,
                        boolean refused, List<Row> amounts, List<Row> advances, List<String> conditions,
                        boolean coFinancingCondition, boolean settledAtOnce, List<String> reportObligations,
                        List<Row> reports, boolean settlementDeadline, List<String> motivation, List<String> signed) {
    }

    private final Templates templates;
    private final Translations translations;

    DecisionLetter(Templates templates, Translations translations) {
        this.templates = templates;
        this.translations = translations;
    }

    byte[] render(Data data, Locale language) {
        return HtmlPdf.render(html(data, language));
    }

    String html(Data data, Locale language) {
        return templates.render(TEMPLATE, language, Map.of("letter", LetterFacts.variables(facts(data, language)), "t", texts(data, language)));
    }

    private Facts facts(Data data, Locale language) {
        List<String> to = new ArrayList<>(List.of(t(language, "letter.to", data.organisationName())));
        to.addAll(data.organisationAddress());
        List<Row> amounts = data.amounts().entrySet().stream()
                .map(amount -> new Row(String.valueOf(amount.getKey()), Formats.money(amount.getValue(), language))).toList();
        List<Row> advances = data.advances().stream()
                .map(advance -> new Row(Formats.date(advance.dueOn(), language), Formats.money(advance.amount(), language))).toList();
        // every report the portal will ask for, with the date it asks it by
        List<Row> reports = data.reports().stream().map(report -> new Row(report.finalReport() ? t(language, "letter.reports.final")
                        : t(language, "letter.reports.progress", String.valueOf(report.year())),
                t(language, "letter.reports.due", Formats.date(report.dueOn(), language)))).toList();
        // signed by the decision maker on behalf of the college (mandate), with name and function
        List<String> signed = List.of(t(language, "letter.signed.onBehalf", data.authorityName()), data.signatory(),
                t(language, "letter.signed.function"));
        return new Facts(clean(data.authorityName()),
                data.authorityAddress() == null ? null : data.authorityAddress().lines().map(LetterFacts::clean).toList(),
                to.stream().map(LetterFacts::clean).toList(), Formats.date(data.date(), language), clean(data.reference()),
                data.kind() == Recommendation.REFUSE, amounts, advances, LetterFacts.paragraphs(data.conditions()),
                data.coFinancingDueBy() != null, data.settledAtOnce(), LetterFacts.paragraphs(data.reportObligations()), reports,
                data.settlementDeadline() != null, LetterFacts.paragraphs(data.motivation()),
                signed.stream().map(LetterFacts::clean).toList());
    }

    private Map<String, String> texts(Data data, Locale language) {
        Map<String, String> t = new HashMap<>();
        t.put("date", t(language, "letter.date"));
        t.put("reference", t(language, "letter.reference"));
        t.put("subject", t(language, "letter.subject"));
        t.put("subjectText", t(language, "letter.subjectText", data.title()));
        t.put("title", t(language, "letter.title." + data.kind()));
        t.put("intro", t(language, "letter.intro", data.callTitle(), Formats.money(data.requested(), language)));
        if (!data.partners().isEmpty()) {
            // the co-applicants read this decision too (issue 21.5): named right after the application they made with the lead
            t.put("partners", t(language, "letter.partners", String.join("; ", data.partners())));
        }
        if (data.kind() == Recommendation.REFUSE) {
            t.put("refused", t(language, "letter.refused", t(language, "refusalGround." + data.refusalGround())));
        } else {
            t.put("granted", t(language, "letter.granted", Formats.money(total(data.amounts()), language)));
        }
        t.put("amountsPerYear", t(language, "letter.amountsPerYear"));
        t.put("payments", t(language, "letter.payments"));
        t.put("conditions", t(language, "letter.conditions"));
        if (data.coFinancingDueBy() != null) {
            t.put("coFinancingConditionTitle", t(language, "letter.coFinancingCondition.title"));
            t.put("coFinancingCondition", t(language, "letter.coFinancingCondition", Formats.date(data.coFinancingDueBy(), language)));
        }
        // a small grant: settled with this decision (Awb 4:47), so no report and no later settlement
        t.put("settledAtOnceTitle", t(language, "letter.settledAtOnce.title"));
        t.put("settledAtOnce", t(language, "letter.settledAtOnce", Formats.money(total(data.amounts()), language)));
        t.put("obligations", t(language, "letter.obligations"));
        t.put("reports", t(language, "letter.reports"));
        if (data.settlementDeadline() != null) {
            t.put("settlement", t(language, "letter.settlement", Formats.date(data.settlementDeadline(), language)));
        }
        t.put("motivation", t(language, "letter.motivation"));
        String objectionTo = data.authorityAddress() == null ? data.authorityName()
                : data.authorityName() + ", " + String.join(", ", data.authorityAddress().lines().toList());
        t.put("objection", t(language, "letter.objection", Formats.date(data.objectionDeadline(), language), objectionTo));
        t.replaceAll((key, text) -> clean(text));
        return t;
    }

    private static BigDecimal total(SortedMap<Integer, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String t(Locale language, String key, Object... args) {
        return translations.get(language, key, args);
    }
}
