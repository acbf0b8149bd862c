package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ui.Uploads;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.cofinancing.MarketplaceItem;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.cofinancing.ProjectForFunder;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.security.Role;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A project as a funder sees it: the impact, the financing plan's totals, the amount still missing,
 * their own pledges with the next step each allows, and the form to pledge.
 */
@Route(CofinancingNavigation.PROJECTS + "/:applicationId")
@RolesAllowed(Role.FUNDER_)
class FunderProjectView extends VerticalLayout implements FunderPage, BeforeEnterObserver, HasDynamicTitle {

    private static final int LETTER_MAX_BYTES = 5 * 1024 * 1024;

    private final PledgeService pledges;
    private ProjectForFunder project;

    // The form's fields live as long as the view, so a refused pledge keeps what was typed.
    private final Select<Integer> year = new Select<>();
    private final DecimalField amount = new DecimalField();
    private final RadioButtonGroup<PledgeKind> kind = new RadioButtonGroup<>();
    private final TextArea description = new TextArea();
    private final TextArea conditions = new TextArea();

    FunderProjectView(PledgeService pledges) {
        this.pledges = pledges;
        setId("funder-project-view");
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("applicationId").orElseThrow());
            project = pledges.project(id);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
    }

    /** What the project is, in the applicant's words, and the facility it is for. */
    private Component story(ProjectForFunder.Story story, MarketplaceItem item, Locale locale) {
        VerticalLayout box = new VerticalLayout();
        box.setId("funder-project-story");
        box.setPadding(false);
        box.add(new H2(getTranslation("funderProject.project")));
        if (story.description() != null && !story.description().isBlank()) {
            Paragraph description = new Paragraph(story.description());
            description.setId("funder-project-description");
            box.add(description);
        }
        if (story.activities() != null && !story.activities().isBlank()) {
            box.add(new Paragraph(getTranslation("funderProject.activities", story.activities())));
        }
        if (story.startDate() != null && story.endDate() != null) {
            box.add(new Paragraph(getTranslation("funderProject.period", Formats.date(story.startDate(), locale),
                    Formats.date(story.endDate(), locale))));
        }
        String address = java.util.stream.Stream.of(story.facilityStreet(),
                        java.util.stream.Stream.of(story.facilityPostcode(), story.facilityCity()).filter(Objects::nonNull)
                                .collect(java.util.stream.Collectors.joining(" ")))
                .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        Paragraph facility = new Paragraph(getTranslation("funderProject.facility",
                Objects.toString(story.facilityName(), "-"),
                item.facilityType() == null ? "-" : getTranslation("facility." + item.facilityType()),
                address.isBlank() ? "-" : address,
                story.kindOfWork() == null ? "-" : getTranslation("kindOfWork." + story.kindOfWork())));
        facility.setId("funder-project-facility");
        box.add(facility);
        return box;
    }

    private void reload() {
        project = pledges.project(project.project().applicationId());
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        MarketplaceItem item = project.project();
        add(new H1(item.reference() + " — " + item.title()));
        add(new Paragraph(getTranslation("funderProject.by", item.organisationName(),
                Objects.toString(item.municipalityName(), "-"),
                item.facilityType() == null ? "-" : getTranslation("facility." + item.facilityType()),
                getTranslation("status." + item.status()))));
        add(story(project.story(), item, locale));
        if (item.targetGroups() != null) {
            add(new Paragraph(getTranslation("funderProject.targetGroups", item.targetGroups())));
        }
        if (item.expectedVisitorsPerWeek() != null) {
            add(new Paragraph(getTranslation("funderProject.visitors", item.expectedVisitorsPerWeek())));
        }

        if (project.condition() != null) {
            add(ConditionText.of(this, project.condition()));
        }
        add(new H2(getTranslation("funderProject.plan")));
        FormLayout totals = new FormLayout();
        totals.setId("funder-project-totals");
        totals.addFormItem(money(item.totalCosts(), "funderProject.totalCosts"), getTranslation("funderProject.totalCosts"));
        totals.addFormItem(money(project.grant(), "funderProject.grant"), getTranslation("funderProject.grant"));
        totals.addFormItem(money(project.municipal(), "funderProject.municipal"), getTranslation("funderProject.municipal"));
        totals.addFormItem(money(project.privateFunding(), "funderProject.private"), getTranslation("funderProject.private"));
        totals.addFormItem(money(item.sought(), "funderProject.sought"), getTranslation("funderProject.sought"));
        totals.addFormItem(money(item.pledged(), "funderProject.pledged"), getTranslation("funderProject.pledged"));
        Span missing = money(item.missing(), "funderProject.missing");
        missing.setId("funder-project-missing");
        totals.addFormItem(missing, getTranslation("funderProject.missing"));
        add(totals);
        project.costsPerYear().forEach((y, costs) ->
                add(new Paragraph(getTranslation("funderProject.costsInYear", String.valueOf(y), Formats.money(costs, locale)))));
        add(yearsTable(item, locale));
        add(new Paragraph(getTranslation("funderProject.missingPerYearExplained")));

        add(new H2(getTranslation("funderProject.myPledges")));
        if (project.myPledges().isEmpty()) {
            add(new Paragraph(getTranslation("funderProject.noPledges")));
        }
        project.myPledges().forEach(pledge -> add(pledgeCard(pledge, locale)));

        if (project.openForPledges()) {
            add(pledgeForm());
        }
    }

    /** Per year: what the applicant said is missing, what confirmed pledges bring, and what is still missing. */
    private com.vaadin.flow.component.grid.Grid<Map.Entry<Integer, MarketplaceItem.YearMissing>> yearsTable(MarketplaceItem item,
                                                                                                           Locale locale) {
        var grid = new com.vaadin.flow.component.grid.Grid<Map.Entry<Integer, MarketplaceItem.YearMissing>>();
        grid.setId("funder-project-years");
        grid.setAriaLabel(getTranslation("funderProject.perYear"));
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("funderProject.year"));
        grid.addColumn(e -> Formats.money(e.getValue().sought(), locale)).setHeader(getTranslation("funderProject.soughtInYear"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(e -> Formats.money(e.getValue().confirmed(), locale)).setHeader(getTranslation("funderProject.confirmedInYear"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(e -> Formats.money(e.getValue().missing(), locale)).setHeader(getTranslation("funderProject.missing"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(List.copyOf(item.perYear().entrySet()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Span money(BigDecimal value, String key) {
        return new Span(Formats.money(value, getLocale()));
    }

    private Div pledgeCard(PledgeItem pledge, Locale locale) {
        Div card = new Div();
        card.setId("pledge-" + pledge.id());
        card.addClassName("pledge-card");
        card.add(new H3(getTranslation("pledge.summary", Formats.money(pledge.amount(), locale), String.valueOf(pledge.year()),
                getTranslation("pledge.kind." + pledge.kind()), getTranslation("pledge.status." + pledge.status()))));
        if (pledge.description() != null) {
            card.add(new Paragraph(pledge.description()));
        }
        if (pledge.conditions() != null) {
            card.add(new Paragraph(getTranslation("pledge.conditionsShown", pledge.conditions())));
        }
        if (pledge.receivedAmount() != null) {
            card.add(new Paragraph(getTranslation("pledge.receivedShown", Formats.money(pledge.receivedAmount(), locale),
                    Formats.date(pledge.receivedOn(), locale), Formats.money(pledge.difference(), locale))));
        }
        if (pledge.withdrawalReason() != null) {
            card.add(new Paragraph(getTranslation("pledge.withdrawnShown", pledge.withdrawalReason())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (pledge.hasLetter()) {
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] pdf = pledges.letter(pledge.id());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "toezegging-" + pledge.id() + ".pdf",
                        "application/pdf", pdf.length);
            }), getTranslation("pledge.letter"));
            letter.setId("pledge-letter-" + pledge.id());
            actions.add(letter);
        }
        if (pledge.status() == PledgeStatus.PLEDGED) {
            // An uploaded letter (PDF) is kept here until the funder confirms; without one the service generates it.
            byte[][] uploaded = new byte[1][];
            Upload letterUpload = new Upload();
            letterUpload.setId("pledge-letter-upload-" + pledge.id());
            letterUpload.setUploadFormat(UploadFormat.RAW);
            letterUpload.setAcceptedFileTypes("application/pdf", ".pdf");
            letterUpload.setMaxFiles(1);
            letterUpload.setMaxFileSize(LETTER_MAX_BYTES);
            letterUpload.setI18n(Uploads.i18n(this, LETTER_MAX_BYTES / (1024 * 1024) + " MB", "PDF"));
            // a file the browser refuses itself (not a PDF, over the limit) is never sent and Vaadin's upload shows
            // nothing of it; confirming would then generate a letter in place of the funder's own (walk24)
            Paragraph letterRefused = new Paragraph();
            letterRefused.setId("pledge-letter-refused-" + pledge.id());
            letterRefused.addClassName("field-error");
            letterRefused.getElement().setAttribute("role", "alert");
            letterRefused.setVisible(false);
            letterUpload.addFileRejectedListener(rejected -> {
                letterRefused.setText(getTranslation("upload.rejected", rejected.getFileName(), rejected.getErrorMessage()));
                letterRefused.setVisible(true);
            });
            letterUpload.addAllFinishedListener(finished -> {
                if (uploaded[0] != null) {
                    letterRefused.setVisible(false);
                }
            });
            letterUpload.setUploadHandler(event -> {
                try (InputStream in = event.getInputStream()) {
                    byte[] bytes = UploadGuard.readAtMost(in, LETTER_MAX_BYTES); // never more than the limit + 1 byte
                    if (bytes == null) {
                        event.reject(getTranslation("pledge.validation.letterPdf"));
                        return;
                    }
                    event.getUI().access(() -> uploaded[0] = bytes);
                }
            });
            Button confirm = new Button(getTranslation("pledge.confirm"), click -> PledgeActions.run(this,
                    () -> pledges.confirm(pledge.id(), pledge.version(), uploaded[0]), "pledge.confirmed", Map.of(), this::reload));
            confirm.setId("pledge-confirm-" + pledge.id());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(new Paragraph(getTranslation("pledge.letterUploadHelp")), letterUpload, letterRefused);
            actions.add(confirm);
        }
        if (pledge.status() == PledgeStatus.RECEIVED && pledge.receiptConfirmedByFunderAt() == null) {
            Button confirmReceipt = new Button(getTranslation("pledge.confirmReceipt"), click -> PledgeActions.run(this,
                    () -> pledges.confirmReceipt(pledge.id(), pledge.version()), "pledge.receiptConfirmed", Map.of(), this::reload));
            confirmReceipt.setId("pledge-confirm-receipt-" + pledge.id());
            actions.add(confirmReceipt);
        }
        card.add(actions);
        if (pledge.status() == PledgeStatus.PLEDGED || pledge.status() == PledgeStatus.CONFIRMED) {
            TextField reason = new TextField(getTranslation("pledge.withdrawReason"));
            reason.setId("pledge-withdraw-reason-" + pledge.id());
            Button withdraw = new Button(getTranslation("pledge.withdraw"), click -> PledgeActions.run(this,
                    () -> pledges.withdraw(pledge.id(), pledge.version(), reason.getValue()), "pledge.withdrawn",
                    Map.of("reason", reason), this::reload));
            withdraw.setId("pledge-withdraw-" + pledge.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout withdrawal = new HorizontalLayout(reason, withdraw);
            withdrawal.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            card.add(withdrawal);
        }
        return card;
    }

    private VerticalLayout pledgeForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("pledge-form");
        form.add(new H2(getTranslation("pledge.new")));
        year.setLabel(getTranslation("pledge.year"));
        year.setId("pledge-year");
        year.setItems(project.years());
        year.setItemLabelGenerator(String::valueOf);
        if (year.getValue() == null && !project.years().isEmpty()) {
            year.setValue(project.years().first());
        }
        amount.setLabel(getTranslation("pledge.amount"));
        amount.setId("pledge-amount");
        amount.setPrefixComponent(new Span("€"));
        kind.setLabel(getTranslation("pledge.kind"));
        kind.setId("pledge-kind");
        kind.setItems(PledgeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("pledge.kind." + k));
        if (kind.getValue() == null) {
            kind.setValue(PledgeKind.CASH);
        }
        description.setLabel(getTranslation("pledge.description"));
        description.setHelperText(getTranslation("pledge.descriptionHelp"));
        description.setId("pledge-description");
        description.setMaxLength(2000);
        conditions.setLabel(getTranslation("pledge.conditions"));
        conditions.setHelperText(getTranslation("pledge.conditionsHelp"));
        conditions.setId("pledge-conditions");
        conditions.setMaxLength(4000);
        Map<String, HasValidation> fields = Map.of("year", year, "amount", amount, "kind", kind, "description", description,
                "conditions", conditions);
        Button submit = new Button(getTranslation("pledge.submit"), click -> {
            boolean done = PledgeActions.run(this, () -> pledges.pledge(new PledgeForm(project.project().applicationId(),
                    year.getValue(), amount.getValue(), kind.getValue(), description.getValue(), conditions.getValue())),
                    "pledge.made", fields, () -> { });
            if (done) {
                amount.clear();
                description.clear();
                conditions.clear();
                reload();
            }
        });
        submit.setId("pledge-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(year, amount, kind, description, conditions);
        layout.setColspan(description, 2);
        layout.setColspan(conditions, 2);
        form.add(layout, submit);
        return form;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("marketplace.title") : project.project().reference();
    }
}
