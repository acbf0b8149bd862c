package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationDetail;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.SubmissionService;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/** After submitting: the whole application as submitted, read-only, with the receipt to download. */
@Route("applications/:applicationId/submitted")
@RolesAllowed(Role.APPLICANT_)
class SubmittedApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService submissions;
    private final AttachmentService attachments;
    private final Municipalities municipalities;
    private final nl.gemeenschapsfonds.submission.SubmittedApplicationPdf pdfs;
    private final nl.gemeenschapsfonds.submission.ApplicationAnswers answers;
    private final nl.gemeenschapsfonds.submission.CoApplicants coApplicants;
    private ApplicationDetail detail;

    SubmittedApplicationView(SubmissionService submissions, AttachmentService attachments, Municipalities municipalities,
                             nl.gemeenschapsfonds.submission.SubmittedApplicationPdf pdfs,
                             nl.gemeenschapsfonds.submission.ApplicationAnswers answers,
                             nl.gemeenschapsfonds.submission.CoApplicants coApplicants) {
        this.answers = answers;
        this.coApplicants = coApplicants;
        this.submissions = submissions;
        this.pdfs = pdfs;
        this.attachments = attachments;
        this.municipalities = municipalities;
        setId("submitted-application-view");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApplicationDraft content;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("applicationId").orElseThrow());
            detail = submissions.detail(id);
            content = submissions.draft(id);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (detail.submittedAt() == null) {
            // a draft has nothing submitted yet: the wizard shows it
            SubmissionNavigation.forwardToWizard(event, detail.id());
            return;
        }
        Locale locale = getLocale();
        removeAll();
        add(new H1(getTranslation("submitted.title", detail.reference())),
                new Paragraph(getTranslation("submitted.intro", Formats.dateTime(detail.submittedAt(), locale))),
                new ApplicationSummary(content, detail.callTitle(locale),
                        ApplicationSummary.municipality(municipalities, content.facilityMunicipalityCode()),
                        attachments.list(detail.id()), null),
                new CallAnswersSection(answers.mine(detail.id()), false),
                new CoApplicantsSection(coApplicants.of(detail.id()), false));
        Anchor receipt = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] pdf = submissions.receiptPdf(detail.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    getTranslation("detail.receiptFile", detail.reference()), "application/pdf", pdf.length);
        }), getTranslation("detail.receipt"));
        receipt.setId("submitted-receipt");
        String municipality = ApplicationSummary.municipality(municipalities, content.facilityMunicipalityCode());
        java.util.List<nl.gemeenschapsfonds.submission.AttachmentListItem> files = attachments.list(detail.id());
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = pdfs.render(detail, content, municipality, files, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    nl.gemeenschapsfonds.submission.SubmittedApplicationPdf.fileName(detail.reference(), locale), "application/pdf",
                    bytes.length);
        }), getTranslation("submitted.pdf"));
        pdf.setId("submitted-pdf");
        Button back = new Button(getTranslation("action.back"),
                click -> SubmissionNavigation.toApplication(detail.id()));
        add(new HorizontalLayout(pdf, receipt, back));
    }

    @Override
    public String getPageTitle() {
        return detail == null || detail.reference() == null ? getTranslation("submitted.pageTitle")
                : getTranslation("submitted.pageTitle") + " " + detail.reference();
    }
}
