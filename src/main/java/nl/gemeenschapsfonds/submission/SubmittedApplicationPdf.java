package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.Templates;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The application as submitted, as one PDF with the receipt on top: what the applicant keeps for their
 * records, from the template {@code letters/submitted-application} (an authority may override it). It renders
 * what the caller read through the applicant's own (secured) services.
 */
@Component
public class SubmittedApplicationPdf {

    private final Translations translations;
    private final Templates templates;

    private final ApplicationAnswers answers;

    SubmittedApplicationPdf(Translations translations, Templates templates, ApplicationAnswers answers) {
        this.answers = answers;
        this.translations = translations;
        this.templates = templates;
    }

    public byte[] render(ApplicationDetail detail, ApplicationDraft d, String municipality, List<AttachmentListItem> attachments,
                         Locale language) {
        List<Map<String, Object>> receipt = List.of(
                row(t(language, "receipt.reference"), detail.reference()),
                row(t(language, "receipt.application"), detail.title()),
                row(t(language, "receipt.call"), detail.callTitle(language)),
                row(t(language, "receipt.receivedAt"), Formats.dateTime(detail.submittedAt(), language)),
                row(t(language, "receipt.decisionDue"), Formats.date(detail.decisionDue(), language)));
        List<Map<String, Object>> sections = new ArrayList<>();
        sections.add(section(language, 1, List.of(row(t(language, "wizard.call"), detail.callTitle(language))), null));
        sections.add(section(language, 2, List.of(
                row(t(language, "wizard.facilityType"), d.facilityType() == null ? null : t(language, "facility." + d.facilityType())),
                row(t(language, "wizard.facilityName"), d.facilityName()),
                row(t(language, "wizard.facilityStreet"), d.facilityStreet()),
                row(t(language, "wizard.facilityPostcode"), d.facilityPostcode()),
                row(t(language, "wizard.facilityCity"), d.facilityCity()),
                row(t(language, "wizard.facilityMunicipality"), municipality),
                row(t(language, "wizard.kindOfWork"), d.kindOfWork() == null ? null : t(language, "kindOfWork." + d.kindOfWork()))),
                null));
        sections.add(section(language, 3, List.of(
                row(t(language, "wizard.title"), d.title()),
                row(t(language, "wizard.description"), d.description()),
                row(t(language, "wizard.targetGroups"), d.targetGroups()),
                row(t(language, "wizard.expectedVisitors"),
                        d.expectedVisitorsPerWeek() == null ? null : String.valueOf(d.expectedVisitorsPerWeek())),
                row(t(language, "wizard.activities"), d.activities()),
                row(t(language, "wizard.partners"), d.partners()),
                row(t(language, "wizard.intervention"), d.intervention()),
                row(t(language, "wizard.startDate"), Formats.date(d.startDate(), language)),
                row(t(language, "wizard.endDate"), Formats.date(d.endDate(), language))), null));
        // the call's own questions, shown ones only, on the step they are asked on (issue 21)
        if (d.id() != null) {
            answers.staffless(d.id()).ifPresent(sheet -> {
                List<Map<String, Object>> rows = new ArrayList<>(castRows(sections.getLast().get("rows")));
                sheet.shownAnswers(language, new AnswerSheet.Words(t(language, "questions.unanswered"),
                        t(language, "questions.answer.yes"), t(language, "questions.answer.no")))
                        .forEach(shown -> rows.add(row(shown.question(), shown.answer())));
                sections.getLast().put("rows", rows);
            });
        }
        List<Map<String, Object>> costs = new ArrayList<>();
        for (CostLine line : d.costLines()) {
            costs.add(amountRow((line.category() == null ? "–" : t(language, "costLines.kind." + line.category().name())) + ", "
                    + line.year() + description(line.description()), line.amount(), language));
        }
        sections.add(section(language, 4, costs, t(language, "summary.totalCosts", Formats.money(d.costLines().stream()
                .map(CostLine::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add), language))));
        List<Map<String, Object>> financing = new ArrayList<>();
        for (FinancingLine line : d.financingLines()) {
            String label = (line.source() == null ? "–" : t(language, "financingLines.kind." + line.source().name())) + ", "
                    + line.year() + description(line.description());
            if (line.source() == FundingSource.IN_KIND && line.hours() != null && line.hourlyRate() != null) {
                label += " (" + t(language, "summary.inKind", line.hours().stripTrailingZeros().toPlainString(),
                        Formats.money(line.hourlyRate(), language), Formats.money(line.amount(), language)) + ")";
            }
            financing.add(amountRow(label, line.amount(), language));
        }
        sections.add(section(language, 5, financing, t(language, "summary.totalFinancing", Formats.money(d.financingLines()
                .stream().map(FinancingLine::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add), language))));
        sections.add(section(language, 6, attachments.stream()
                .map(attachment -> row(t(language, "attachment.kind." + attachment.kind()), attachment.fileName())).toList(), null));

        Map<String, Object> variables = new HashMap<>();
        variables.put("authorityName", dash(detail.authorityName()));
        variables.put("labels", Map.of("title", t(language, "receipt.title"), "intro", t(language, "receipt.intro"),
                "closing", t(language, "receipt.closing")));
        variables.put("receipt", receipt);
        variables.put("submittedIntro", t(language, "submitted.intro", Formats.dateTime(detail.submittedAt(), language)));
        variables.put("sections", sections);
        return HtmlPdf.render(templates.render("letters/submitted-application", language, variables));
    }

    public static String fileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "application-" : "aanvraag-") + reference + ".pdf";
    }

    private Map<String, Object> section(Locale language, int step, List<Map<String, Object>> rows, String total) {
        Map<String, Object> section = new HashMap<>();
        section.put("heading", step + ". " + t(language, "wizard.step" + step));
        section.put("rows", rows);
        section.put("total", total);
        return section;
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? "" : " – " + text.strip();
    }

    private static Map<String, Object> row(String label, String value) {
        return Map.of("label", label, "value", value == null || value.isBlank() ? "–" : value, "amount", false);
    }

    private static Map<String, Object> amountRow(String label, BigDecimal amount, Locale language) {
        return Map.of("label", label, "value", amount == null ? "–" : Formats.money(amount, language), "amount", true);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castRows(Object rows) {
        return (List<Map<String, Object>>) rows;
    }

    private static String dash(String text) {
        return text == null ? "" : text;
    }

    private String t(Locale language, String key, Object... args) {
        return translations.get(language, key, args);
    }
}
