package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.submission.CostCategory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Map<String, Object> letter = new HashMap<>();
        letter.put("authorityName", clean(data.authorityName()));
        letter.put("date", Formats.date(data.date(), language));
        letter.put("reference", clean(data.reference()));
        letter.put("reductions", data.reductions().stream().map(line -> Map.of(
                "label", clean(t(language, "costLines.kind." + line.category()) + " " + line.year()
                        + (line.description() == null ? "" : " – " + line.description())),
                "amount", "− " + Formats.money(line.reduction(), language),
                "reason", clean(t(language, "reduction." + line.reason()) + (line.note() == null ? "" : ": " + line.note()))))
                .toList());
        letter.put("motivation", data.motivation() == null || data.motivation().isBlank() ? List.of()
                : data.motivation().lines().map(SettlementLetter::clean).toList());
        letter.put("closing", t(language, "letter.closing", data.authorityName()).lines().map(SettlementLetter::clean).toList());
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
        if (data.finalPayment() != null) {
            t.put("outcome", t(language, "settlementLetter.finalPayment", Formats.money(data.finalPayment(), language)));
        } else if (data.claim() != null) {
            t.put("outcome", t(language, "settlementLetter.repayment", Formats.money(data.claim().amount(), language),
                    Formats.date(data.claim().dueOn(), language)));
        } else {
            t.put("outcome", t(language, "settlementLetter.nothingDue"));
        }
        t.put("motivation", t(language, "letter.motivation"));
        t.put("objection", t(language, "letter.objection", Formats.date(data.objectionDeadline(), language), data.authorityName()));
        t.put("objectionTerm", t(language, "settlementLetter.objectionTerm", String.valueOf(data.objectionWeeks())));
        t.replaceAll((key, text) -> clean(text));
        return templates.render(TEMPLATE, language, Map.of("letter", letter, "t", t));
    }

    private String t(Locale language, String key, Object... args) {
        return translations.get(language, key, args);
    }

    /** Without the characters XML 1.0 cannot hold (controls), which a PDF could not be made of. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
