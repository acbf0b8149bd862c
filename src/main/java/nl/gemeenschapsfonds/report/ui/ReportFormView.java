package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.report.ReportDetail;
import nl.gemeenschapsfonds.report.ReportForm;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.security.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The applicant's report form: activities, visitors, what changed for loneliness, the money spent per granted cost
 * line, the co-financing that actually arrived per pledge, and the files. Every change is saved at once (nothing is
 * lost, also when the browser closes); a problem is shown at its field and what was typed stays.
 */
@Route("applications/:applicationId/reports/:reportId")
@RolesAllowed(Role.APPLICANT_)
class ReportFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private ReportTextFields text;
    private ReportSpentFields spent;
    private final Map<Long, PledgeReceiptRow> receipts = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Span saved = new Span();
    private ReportDetail detail;
    private long version;
    private long applicationId;
    private boolean loading;

    ReportFormView(ReportService reports) {
        this.reports = reports;
        setId("report-form-view");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, () -> {
            long application = RouteIds.id(event, "applicationId");
            ReportDetail found = reports.myReport(RouteIds.id(event, "reportId"));
            if (found.obligation().applicationId() != application) {
                throw new NotFoundException("Report", found.obligation().id());
            }
            return found;
        }).ifPresent(found -> {
            detail = found;
            applicationId = found.obligation().applicationId();
            render();
        });
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("report.kind.FINAL") : Labels.kind(this, detail.obligation());
    }

    private void render() {
        removeAll();
        fields.clear();
        loading = true;
        Locale locale = getLocale();
        version = detail.obligation().version();
        boolean editable = detail.obligation().status().editable();
        add(new H1(Labels.kind(this, detail.obligation()) + " · " + detail.obligation().reference()));
        Span status = new Span(getTranslation("report.status." + detail.obligation().status()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        add(wrapping(new HorizontalLayout(status, new Span(getTranslation("report.dueOn",
                Formats.date(detail.obligation().currentDue(), locale))))));
        if (detail.moreAskedText() != null) {
            Paragraph more = new Paragraph(getTranslation("report.moreAsked", detail.moreAskedText()));
            more.setId("report-more-asked");
            add(more);
        }
        add(new Paragraph(getTranslation(editable ? "report.autosaveHint" : "report.readOnlyHint")));

        text = new ReportTextFields();
        text.read(new ReportText(detail.content().activities(), detail.content().visitorsPerWeek(),
                detail.content().lonelinessChange()));
        fields.putAll(text.fields());
        add(text);

        add(new H2(getTranslation("report.spentTitle")));
        spent = new ReportSpentFields(detail.costLines(), locale);
        fields.putAll(spent.fields());
        add(spent);

        receipts.clear();
        List<PledgeItem> pledges = detail.pledges();
        if (!pledges.isEmpty()) {
            add(new H2(getTranslation("report.cofinancingTitle")));
            Map<Long, ReportForm.PledgeReceipt> typed = new HashMap<>();
            detail.content().receipts().forEach(r -> typed.put(r.pledgeId(), r));
            for (PledgeItem pledge : pledges) {
                Paragraph line = new Paragraph(getTranslation("report.pledgeLine", pledge.funderName(),
                        Formats.money(pledge.amount(), locale), String.valueOf(pledge.year())));
                if (pledge.status() == PledgeStatus.CONFIRMED) {
                    PledgeReceiptRow row = new PledgeReceiptRow(pledge, typed.get(pledge.id()), locale);
                    receipts.put(pledge.id(), row);
                    fields.put("pledge-" + pledge.id(), row.amount());
                    add(line, row);
                } else {
                    add(line, new Paragraph(getTranslation("report.pledgeReceived",
                            Formats.money(pledge.receivedAmount(), locale), Formats.date(pledge.receivedOn(), locale))));
                }
            }
        }

        add(new H2(getTranslation("report.attachmentsTitle")));
        if (detail.accountantStatementRequired()) {
            add(new Paragraph(getTranslation("report.accountantNeeded")));
        }
        ReportFiles files = new ReportFiles(reports, detail);
        add(files);
        if (editable) {
            add(files.uploadRow());
        }

        if (editable) {
            text.addChangedListener(change -> {
                // a text marked by a refused submit is put right by typing: its message goes. The text area's own
                // validation clears it too once the value reaches the server (1.5 s after typing stops, or on leaving the
                // field); ReportFormReflowBrowserIT shows it in Chromium (walk13 saw it clear without this line as well)
                if (change.field() instanceof HasValidation field) {
                    field.setInvalid(false);
                }
                autosave();
            });
            spent.addChangedListener(change -> autosave());
            receipts.values().forEach(row -> row.addChangedListener(change -> autosave()));
            Button save = new Button(getTranslation("action.save"), click -> save(true));
            save.setId("report-save");
            Button submit = new Button(getTranslation("report.submit"), click -> submit());
            submit.setId("report-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saved.setId("report-saved");
            saved.getElement().setAttribute("role", "status"); // read out when it changes (WCAG 4.1.3)
            HorizontalLayout actions = wrapping(new HorizontalLayout(submit, save, saved, back()));
            add(actions);
        } else {
            text.setReadOnly(true);
            spent.setReadOnly(true);
            receipts.values().forEach(row -> row.setReadOnly(true));
            add(back());
        }
        loading = false;
    }

    private Button back() {
        return new Button(getTranslation("action.back"), click -> UI.getCurrent().navigate("applications/" + applicationId));
    }

    private void autosave() {
        if (!loading) {
            save(false);
        }
    }

    /**
     * Saves what is on screen; answers whether all of it was saved. "Saved as you type" holds in every state of the
     * form: a field marked by a failed submit does not stop the rest from being saved; a value that cannot be stored
     * (a negative amount) or read (a date typed wrongly) keeps its message and its last saved value while everything
     * else is saved; when the report was saved elsewhere in the meantime (another tab), what is on this screen is
     * saved over it and the user is told.
     */
    private boolean save(boolean tell) {
        Set<String> keep = new HashSet<>(unreadableFields());
        boolean stored = false;
        try {
            version = saveOnce(form(keep));
            stored = true;
        } catch (InvalidInputException invalid) {
            // No clearing of other marks: a field marked by a failed submit keeps its message until it is put right
            // (the field clears it itself then).
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
            invalid.problems().forEach(problem -> keep.add(problem.field()));
            try {
                version = saveOnce(form(keep));
                stored = true;
            } catch (InvalidInputException stillRefused) {
                // nothing more can be saved now; the marks say why
            }
        } catch (ConcurrentEditException raced) {
            // saved elsewhere twice within this one save: say so; the next change tries again
            notify(getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        }
        if (stored) {
            detail = new ReportDetail(detail.obligation(), form(keep), detail.costLines(), detail.pledges(),
                    detail.attachments(), detail.moreAskedText(), detail.granted(), detail.accountantStatementRequired());
        }
        if (!keep.isEmpty() || !stored) {
            saved.setText(getTranslation("report.partlySaved"));
            if (tell) {
                notify(getTranslation("report.partlySavedHint"), NotificationVariant.LUMO_ERROR);
            }
            return false;
        }
        saved.setText(getTranslation("report.savedAt"));
        if (tell) {
            notify(getTranslation("report.saved"), NotificationVariant.LUMO_SUCCESS);
        }
        return true;
    }

    /** The fields holding input the browser could not read (their value is empty until it is put right). */
    private Set<String> unreadableFields() {
        Set<String> names = new HashSet<>();
        fields.forEach((name, field) -> {
            if (ProblemMessages.unreadable(field)) {
                names.add(name);
            }
        });
        receipts.forEach((pledge, row) -> {
            if (ProblemMessages.unreadable(row.date())) {
                names.add("pledge-" + pledge);
            }
        });
        return names;
    }

    /** One save; when another tab saved in between, this screen's content is saved over it (and the user told). */
    private long saveOnce(ReportForm form) {
        try {
            return reports.saveDraft(form);
        } catch (ConcurrentEditException conflict) {
            long latest = reports.myReport(detail.obligation().id()).obligation().version();
            notify(getTranslation("report.savedOverOther"), NotificationVariant.LUMO_CONTRAST);
            return reports.saveDraft(new ReportForm(form.reportId(), latest, form.activities(), form.visitorsPerWeek(),
                    form.lonelinessChange(), form.spent(), form.receipts()));
        }
    }

    private void submit() {
        if (anyUnreadable()) {
            notify(getTranslation("report.partlySavedHint"), NotificationVariant.LUMO_ERROR);
            return;
        }
        ProblemMessages.clear(fields);
        try {
            reports.submit(form());
            notify(getTranslation("report.submitted"), NotificationVariant.LUMO_SUCCESS);
            detail = reports.myReport(detail.obligation().id());
            render();
        } catch (InvalidInputException invalid) {
            // the marks stay until the field is put right; what is typed meanwhile is still saved (see save)
            ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
        } catch (ConcurrentEditException conflict) {
            // saved in another tab meanwhile: this screen's content is saved over it; submitting again sends it
            save(false);
            notify(getTranslation("report.conflictSubmitAgain"), NotificationVariant.LUMO_ERROR);
        }
    }

    private boolean anyUnreadable() {
        List<HasValidation> typed = new ArrayList<>(spent.typed());
        typed.add(text.visitors());
        receipts.values().forEach(row -> {
            typed.add(row.amount());
            typed.add(row.date());
        });
        return ProblemMessages.anyUnreadable(typed);
    }

    private ReportForm form() {
        return form(Set.of());
    }

    /** What is on screen, except the named fields, which keep what was last saved. */
    private ReportForm form(Set<String> keepSaved) {
        ReportForm last = detail.content();
        Map<Integer, BigDecimal> amounts = new HashMap<>(spent.value());
        amounts.replaceAll((position, amount) -> keepSaved.contains("spent-" + position) ? last.spent().get(position) : amount);
        Map<Long, ReportForm.PledgeReceipt> lastReceipts = new HashMap<>();
        last.receipts().forEach(receipt -> lastReceipts.put(receipt.pledgeId(), receipt));
        List<ReportForm.PledgeReceipt> receipts = new ArrayList<>();
        this.receipts.forEach((pledge, row) -> {
            ReportForm.PledgeReceipt saved = lastReceipts.get(pledge);
            receipts.add(keepSaved.contains("pledge-" + pledge)
                    ? new ReportForm.PledgeReceipt(pledge, row.pledgeVersion(), saved == null ? null : saved.receivedOn(),
                    saved == null ? null : saved.amount())
                    : row.value());
        });
        ReportText typed = text.getValue();
        return new ReportForm(detail.obligation().id(), version,
                keepSaved.contains("activities") ? last.activities() : typed.activities(),
                keepSaved.contains("visitorsPerWeek") ? last.visitorsPerWeek() : typed.visitorsPerWeek(),
                keepSaved.contains("lonelinessChange") ? last.lonelinessChange() : typed.lonelinessChange(),
                amounts, receipts);
    }

    /** A row that wraps at a narrow width (320 px, WCAG 1.4.10) instead of making the page scroll sideways. */
    static HorizontalLayout wrapping(HorizontalLayout row) {
        row.setWrap(true);
        row.setMaxWidth("100%");
        return row;
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

}
