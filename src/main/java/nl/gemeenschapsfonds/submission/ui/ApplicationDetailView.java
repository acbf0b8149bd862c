package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicantPanel;
import nl.gemeenschapsfonds.submission.ApplicationDetail;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import nl.gemeenschapsfonds.submission.SubmissionService;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * One application as the applicant follows it: where it stands in plain language, the timeline,
 * the receipt, and withdrawing while no decision has been taken.
 */
@Route("applications/:applicationId")
@RolesAllowed(Role.APPLICANT_)
class ApplicationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService submissions;
    private final List<ApplicantPanel> panels;
    private final List<nl.gemeenschapsfonds.submission.ApplicationProgress> progress;
    private final nl.gemeenschapsfonds.submission.CoApplicants coApplicants;
    private ApplicationDetail detail;
    /** Whether the signed-in applicant's organisation reads this application as co-applicant (issue 21). */
    private boolean partner;

    ApplicationDetailView(SubmissionService submissions, List<ApplicantPanel> panels,
                          List<nl.gemeenschapsfonds.submission.ApplicationProgress> progress,
                          nl.gemeenschapsfonds.submission.CoApplicants coApplicants) {
        this.submissions = submissions;
        this.coApplicants = coApplicants;
        this.progress = progress;
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(ApplicantPanel::order)).toList();
        setId("application-detail-view");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            detail = submissions.detail(Long.parseLong(event.getRouteParameters().get("applicationId").orElseThrow()));
            partner = coApplicants.asPartner(detail.id()).isPresent();
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        add(new H1(detail.title() == null || detail.title().isBlank() ? getTranslation("wizard.newTitle") : detail.title()));
        Span status = new Span(getTranslation("status." + detail.status()));
        status.setId("application-status");
        status.getElement().getThemeList().add("badge");
        add(new HorizontalLayout(status, new Span(detail.reference() == null ? "" : detail.reference())));

        Paragraph now = new Paragraph(explanation(locale));
        now.setId("application-now");
        now.addClassName("status-explanation");
        add(now);

        Div facts = new Div();
        facts.add(new Paragraph(getTranslation("detail.call") + ": " + detail.callTitle(locale) + " (" + detail.authorityName() + ")"));
        facts.add(new Paragraph(getTranslation("detail.amount") + ": " + Formats.money(detail.amountRequested(), locale)));
        add(facts);

        add(new H2(getTranslation("detail.timeline")));
        OrderedList timeline = new OrderedList();
        timeline.setId("application-timeline");
        timeline.add(new ListItem(getTranslation("timeline.draft")));
        if (detail.submittedAt() != null) {
            timeline.add(new ListItem(getTranslation("timeline.submitted", Formats.dateTime(detail.submittedAt(), locale))));
            timeline.add(new ListItem(getTranslation("timeline.decisionDue", Formats.date(detail.decisionDue(), locale))));
        }
        if (detail.withdrawnAt() != null) {
            timeline.add(new ListItem(getTranslation("timeline.withdrawn", Formats.dateTime(detail.withdrawnAt(), locale))));
        }
        // after the decision: what the decision, the payments, the reports and the settlement add, by date and the cycle's order
        progress.stream().filter(module -> !partner || module.timelineForPartners())
                .flatMap(module -> module.timeline(detail.id(), locale).stream())
                .sorted(nl.gemeenschapsfonds.submission.ApplicationProgress.Entry.IN_ORDER)
                .forEach(entry -> {
                    ListItem item = new ListItem(entry.text());
                    if (entry.planned()) {
                        item.addClassName("timeline-planned");
                    }
                    timeline.add(item);
                });
        add(timeline);

        panels.stream().filter(panel -> !partner || panel.forPartners())
                .forEach(panel -> panel.panelFor(detail.id()).ifPresent(this::add));

        HorizontalLayout actions = new HorizontalLayout();
        if (detail.editable()) {
            Button edit = new Button(getTranslation(detail.status() == ApplicationStatus.DRAFT ? "detail.continue" : "detail.supplement"),
                    click -> SubmissionNavigation.toWizard(detail.id()));
            edit.setId("application-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (detail.reference() != null) {
            Anchor receipt = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] pdf = submissions.receiptPdf(detail.id(), locale);
                return new DownloadResponse(new ByteArrayInputStream(pdf),
                        getTranslation("detail.receiptFile", detail.reference()), "application/pdf", pdf.length);
            }), getTranslation("detail.receipt"));
            receipt.setId("application-receipt");
            actions.add(receipt);
            Anchor submitted = new Anchor(SubmissionNavigation.submittedPath(detail.id()), getTranslation("submitted.link"));
            submitted.setId("application-submitted");
            actions.add(submitted);
        }
        if (detail.withdrawable()) {
            Button withdraw = new Button(getTranslation("detail.withdraw"), click -> confirmWithdraw());
            withdraw.setId("application-withdraw");
            withdraw.getElement().setAttribute("aria-haspopup", "dialog");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        Button back = new Button(getTranslation("action.back"), click -> SubmissionNavigation.toMyApplications());
        actions.add(back);
        add(actions);
    }

    /** Where the application stands, in plain language, with the date that matters. */
    private String explanation(Locale locale) {
        java.util.Optional<String> better = progress.stream().filter(module -> !partner || module.timelineForPartners())
                .flatMap(module -> module.explanation(detail.id(), detail.status(), locale).stream()).findFirst();
        if (better.isPresent()) {
            return better.get();
        }
        String due = Formats.date(detail.decisionDue(), locale);
        return switch (detail.status()) {
            case DRAFT -> getTranslation("explain.DRAFT");
            case SUBMITTED, IN_ASSESSMENT, AWAITING_DECISION -> getTranslation("explain.IN_PROGRESS", due);
            default -> getTranslation("explain." + detail.status(), due);
        };
    }

    private void confirmWithdraw() {
        TextArea reason = new TextArea(getTranslation("detail.withdrawReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("detail.withdrawTitle"));
        dialog.add(new Paragraph(getTranslation("detail.withdrawText")), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("detail.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                submissions.withdraw(detail.id(), reason.getValue());
                detail = submissions.detail(detail.id());
                render();
                Notification.show(getTranslation("detail.withdrawn"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalTransitionException tooLate) {
                Notification.show(getTranslation("detail.withdrawTooLate"), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return detail == null || detail.reference() == null ? getTranslation("detail.pageTitle") : detail.reference();
    }
}
