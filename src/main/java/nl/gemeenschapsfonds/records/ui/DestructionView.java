package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.export.Spreadsheets;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.records.DestructionList;
import nl.gemeenschapsfonds.records.DestructionListExport;
import nl.gemeenschapsfonds.records.DestructionService;
import nl.gemeenschapsfonds.records.RetentionAdoption;
import nl.gemeenschapsfonds.records.DestructionStatus;
import nl.gemeenschapsfonds.records.FourEyesRefusedException;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The administrator's destruction lists (issue 17 item 2): what is due now, proposing a list, and per list confirming
 * it (the job's proposal), approving it (another administrator) or cancelling it, and its export as CSV and PDF.
 */
@Route(DestructionView.ROUTE)
@Menu(title = "menu.records.destruction", order = 93, icon = "TRASH")
@RolesAllowed(nl.gemeenschapsfonds.security.Role.ADMIN_)
class DestructionView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/destruction";

    private final DestructionService destruction;
    private final RetentionAdoption adoption;
    private final Translations translations;
    private final Div content = new Div();

    DestructionView(DestructionService destruction, RetentionAdoption adoption, Translations translations) {
        this.adoption = adoption;
        this.destruction = destruction;
        this.translations = translations;
        setId("destruction-view");
        setMaxWidth("70em");
        add(new H1(getTranslation("records.destruction.title")), new Paragraph(getTranslation("records.destruction.intro")));
        content.setWidthFull();
        add(content);
        render();
    }

    private void render() {
        content.removeAll();
        Locale locale = getLocale();
        List<DestructionList.Item> due = destruction.dueNow();
        Paragraph dueText = new Paragraph(getTranslation("records.destruction.due", due.size()));
        dueText.setId("destruction-due");
        Button propose = new Button(getTranslation("records.destruction.propose"), click -> act(destruction::propose));
        propose.setId("destruction-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button adopt = new Button(getTranslation("records.destruction.adopt"), click -> act(() -> Notification.show(
                getTranslation("records.destruction.adopted", adoption.adoptEarlierApplications()))));
        adopt.setId("destruction-adopt");
        content.add(new H2(getTranslation("records.destruction.dueTitle")), dueText, new HorizontalLayout(propose, adopt));
        content.add(new H2(getTranslation("records.destruction.lists")));
        List<DestructionList> lists = destruction.lists();
        if (lists.isEmpty()) {
            content.add(new Paragraph(getTranslation("records.destruction.none")));
        }
        for (DestructionList list : lists) {
            content.add(listSection(list, locale));
        }
    }

    private Component listSection(DestructionList list, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("destruction-list-" + list.id());
        Span status = new Span(getTranslation("records.status." + list.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("destruction-status-" + list.id());
        section.add(new H3(new Span(getTranslation("records.list.pdfTitle", list.id()) + " "), status));
        section.add(new Paragraph(getTranslation("records.list.proposed") + ": " + who(list.proposedBy(), list.proposedAt(), locale)
                + " · " + getTranslation("records.list.confirmed") + ": " + who(list.confirmedBy(), list.confirmedAt(), locale)
                + " · " + getTranslation("records.list.approved") + ": " + who(list.approvedBy(), list.approvedAt(), locale)));
        Grid<DestructionList.Item> items = new Grid<>();
        items.setAllRowsVisible(true);
        items.setAriaLabel(getTranslation("records.list.pdfTitle", list.id()));
        items.addColumn(DestructionList.Item::reference).setHeader(getTranslation("records.list.column.reference"));
        items.addColumn(item -> getTranslation("records.outcome." + item.outcome().name()))
                .setHeader(getTranslation("records.list.column.outcome"));
        items.addColumn(item -> Formats.date(item.closedOn(), locale)).setHeader(getTranslation("records.list.column.closedOn"));
        items.addColumn(item -> Formats.date(item.destroyOn(), locale)).setHeader(getTranslation("records.list.column.destroyOn"));
        items.setItems(list.items());
        section.add(items);
        HorizontalLayout actions = new HorizontalLayout();
        if (list.status() == DestructionStatus.PROPOSED) {
            Button confirm = new Button(getTranslation("records.destruction.confirm"), click -> act(() -> destruction.confirm(list.id())));
            confirm.setId("destruction-confirm-" + list.id());
            actions.add(confirm);
        }
        if (list.status() == DestructionStatus.CONFIRMED) {
            Button approve = new Button(getTranslation("records.destruction.approve"), click -> act(() -> {
                int destroyed = destruction.approve(list.id());
                Notification.show(getTranslation("records.destruction.approved", destroyed));
            }));
            approve.setId("destruction-approve-" + list.id());
            approve.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if (list.status() == DestructionStatus.PROPOSED || list.status() == DestructionStatus.CONFIRMED) {
            Button cancel = new Button(getTranslation("records.destruction.cancel"), click -> act(() -> destruction.cancel(list.id())));
            cancel.setId("destruction-cancel-" + list.id());
            actions.add(cancel);
        }
        DestructionListExport export = new DestructionListExport(translations, locale);
        Anchor csv = download(() -> export.csv(list), DestructionListExport.fileName(list, "csv"), Spreadsheets.CSV_CONTENT_TYPE,
                getTranslation("records.destruction.csv"));
        csv.setId("destruction-csv-" + list.id());
        Anchor pdf = download(() -> export.pdf(list), DestructionListExport.fileName(list, "pdf"), "application/pdf",
                getTranslation("records.destruction.pdf"));
        pdf.setId("destruction-pdf-" + list.id());
        actions.add(csv, pdf);
        actions.setAlignItems(Alignment.BASELINE);
        section.add(actions);
        return section;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (FourEyesRefusedException refused) {
            Notification.show(getTranslation("records.destruction.fourEyes"));
            return;
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> Notification.show(ProblemMessages.text(this, problem)));
            return;
        } catch (ConcurrentEditException changed) {
            Notification.show(getTranslation("records.destruction.changed"));
        }
        render();
    }

    private void act(java.util.function.LongSupplier action) {
        act(() -> {
            action.getAsLong();
        });
    }

    private String who(String by, java.time.Instant at, Locale locale) {
        return by == null ? "—" : by + " (" + Formats.dateTime(at, locale) + ")";
    }

    private Anchor download(Supplier<byte[]> file, String name, String contentType, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, contentType, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.destruction.title");
    }
}
