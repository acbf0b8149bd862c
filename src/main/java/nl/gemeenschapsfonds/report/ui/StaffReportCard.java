package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.KeptDrafts;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.report.CostLineItem;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportAttachmentItem;
import nl.gemeenschapsfonds.report.ReportDetail;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.ReportStatus;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One report as staff see it on the settlement page: what the applicant wrote and spent, the files (with size and
 * arrival), and for a reviewer accept, ask for more, or — for a late final report — remind with a new term.
 */
class StaffReportCard extends Div {

    /** Runs a reviewer's step and shows its outcome (the settlement page reloads after it). */
    interface Act {
        void run(Runnable action, String doneKey, Map<String, ? extends HasValidation> problemFields);
    }

    StaffReportCard(ReportDetail report, ReportService reports, boolean reviewer, LocalDate today, Act act) {
        ObligationItem obligation = report.obligation();
        Locale locale = getLocale();
        setId("staff-report-" + obligation.id());
        add(new H3(Labels.kind(this, obligation) + " · " + getTranslation("report.status." + obligation.status())));
        add(new Paragraph(getTranslation("report.dueOn", Formats.date(obligation.dueOn(), locale))
                + (obligation.lateTermDueOn() != null ? " · " + getTranslation("report.lateTerm",
                Formats.date(obligation.lateTermDueOn(), locale)) : "")));
        if (obligation.submittedAt() != null) {
            add(new Paragraph(getTranslation("report.activities") + ": " + orEmpty(report.content().activities())));
            add(new Paragraph(getTranslation("report.visitorsPerWeek") + ": " + report.content().visitorsPerWeek()));
            add(new Paragraph(getTranslation("report.lonelinessChange") + ": " + orEmpty(report.content().lonelinessChange())));
            UnorderedList lines = new UnorderedList();
            for (CostLineItem line : report.costLines()) {
                lines.add(new ListItem(getTranslation("settlement.lineSpent", getTranslation("costLines.kind." + line.category()),
                        String.valueOf(line.year()), orEmpty(line.description()), Formats.money(line.budget(), locale),
                        line.spent() == null ? "–" : Formats.money(line.spent(), locale))));
            }
            add(lines);
            for (ReportAttachmentItem attachment : report.attachments()) {
                Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
                    ReportService.AttachmentFile file = reports.staffAttachment(obligation.id(), attachment.id());
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                            file.content().length);
                }), getTranslation("report.attachment." + attachment.kind()) + ": " + attachment.fileName());
                link.setId("settlement-report-attachment-" + attachment.id());
                // what staff check before accepting: how big and when it came (issue 13)
                add(new Div(link, new Span(" (" + fileSize(attachment.size(), locale)
                        + ", " + Formats.dateTime(attachment.uploadedAt(), locale) + ")")));
            }
        }
        if (!reviewer) {
            return;
        }
        if (obligation.status() == ReportStatus.SUBMITTED) {
            Button accept = new Button(getTranslation("report.accept"), click -> act.run(
                    () -> reports.accept(obligation.id(), obligation.version()), "report.accepted", Map.of()));
            accept.setId("report-accept-" + obligation.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            TextArea more = new TextArea(getTranslation("report.moreText"));
            more.setId("report-more-text-" + obligation.id());
            more.setWidth("30em");
            String kept = "report-more/" + obligation.id() + "/" + obligation.version();
            KeptDrafts.keep(more, kept);
            WholeNumberField days = new WholeNumberField(getTranslation("report.moreDays"));
            days.setId("report-more-days-" + obligation.id());
            days.setValue(14);
            Button ask = new Button(getTranslation("report.askMore"), click -> act.run(() -> {
                reports.askMore(obligation.id(), obligation.version(), more.getValue(), days.getValue());
                KeptDrafts.forget(kept);
            }, "report.moreAskedDone", Map.of("moreText", more, "moreDays", days)));
            ask.setId("report-ask-more-" + obligation.id());
            HorizontalLayout row = new HorizontalLayout(more, days, ask);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(accept, row);
        }
        if (obligation.kind() == ReportKind.FINAL && obligation.overdue(today)) {
            WholeNumberField days = new WholeNumberField(getTranslation("report.lateDays"));
            days.setId("report-late-days");
            days.setValue(14);
            Button remind = new Button(getTranslation("report.remindLate"), click -> act.run(
                    () -> reports.remindLate(obligation.id(), obligation.version(), days.getValue()), "report.lateReminded",
                    Map.of("lateDays", days)));
            remind.setId("report-remind-late");
            HorizontalLayout row = new HorizontalLayout(days, remind);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String fileSize(long bytes, Locale locale) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? Math.round(bytes / 1024.0) + " kB"
                : String.format("en".equals(locale.getLanguage()) ? Locale.UK : Locale.of("nl", "NL"), "%.1f MB",
                bytes / (1024.0 * 1024.0));
    }
}
