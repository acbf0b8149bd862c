package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.KeptDrafts;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.base.ui.StaffApplicationPanels;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.review.ReviewService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static nl.gemeenschapsfonds.submission.ApplicationStatus.AWAITING_DECISION;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.GRANTED;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.IN_ASSESSMENT;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.IN_EXECUTION;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.REFUSED;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.SETTLED;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.SUBMITTED;
import static nl.gemeenschapsfonds.submission.ApplicationStatus.SUPPLEMENT_REQUESTED;

/**
 * One application for the authority: what was asked, intake, the deadline, the assessment, the
 * decision and the internal notes. Each section shows only what the user's role may do now; the sections are panels
 * that take records and fire events, built and acted on by {@link CaseSections} and {@link OutcomeSections}.
 */
@Route("review/:applicationId")
@RolesAllowed({Role.REVIEWER_, Role.DECISION_MAKER_})
class ReviewApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final CaseSections cases;
    private final OutcomeSections outcomes;
    private final StaffApplicationPanels otherPanels;
    private ReviewCase reviewCase;

    ReviewApplicationView(ReviewService reviews, AuthenticationContext authentication, Clock clock, CaseSections cases,
                          OutcomeSections outcomes, StaffApplicationPanels otherPanels) {
        this.reviews = reviews;
        this.authentication = authentication;
        this.clock = clock;
        this.cases = cases;
        this.outcomes = outcomes;
        this.otherPanels = otherPanels;
        setId("review-application-view");
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, "applicationId", reviews::reviewCase).ifPresent(found -> {
            reviewCase = found;
            render();
        });
    }

    private void reload() {
        reviewCase = reviews.reviewCase(reviewCase.id());
        render();
    }

    private void render() {
        removeAll();
        add(new H1(reviewCase.reference() + " — " + reviewCase.content().title()));
        add(header());
        add(new ApplicationContentSection(reviewCase));
        add(cases.callAnswers(reviewCase)); // issue 21: the call's own questions (q21a)
        add(cases.coApplicants(reviewCase)); // issue 21.5: partners (coapp21)
        add(cases.dossier(reviewCase));

        ApplicationStatus status = reviewCase.status();
        boolean reviewer = authentication.hasRole(Role.REVIEWER_);
        boolean decisionMaker = authentication.hasRole(Role.DECISION_MAKER_);
        if (reviewer && status == SUBMITTED) {
            add(cases.intake(this, reviewCase, this::reload));
        }
        if (reviewer && status == SUPPLEMENT_REQUESTED) {
            add(cases.supplement(this, reviewCase, this::reload));
        }
        if (isOpen()) {
            add(cases.extension(this, reviewCase, this::reload));
        }
        if (isOpen() && status != AWAITING_DECISION) {
            add(cases.reviewers(reviewCase, authentication.getPrincipalName().orElse(""), reviewer, this::reload));
        }
        if (decisionMaker && (status == IN_ASSESSMENT || status == AWAITING_DECISION)) {
            add(outcomes.comparison(reviewCase));
        }
        if (reviewer && status == IN_ASSESSMENT) {
            add(outcomes.assessment(this, reviewCase, this::reload));
        }
        if (decisionMaker && status == AWAITING_DECISION) {
            add(outcomes.decision(this, reviewCase, this::reload));
        }
        if (status == GRANTED || status == REFUSED) {
            outcomes.letter(this, reviewCase).ifPresent(this::add);
            add(outcomes.objections(reviewCase));
        }
        if (status == SETTLED) {
            add(outcomes.settlementObjections(reviewCase));
        }
        if (status == GRANTED || status == IN_EXECUTION || status == SETTLED) {
            add(outcomes.pledges(reviewCase, reviewer));
        }
        add(otherPanels.forApplication(reviewCase.id())); // p17a: retention (records)
        add(notesSection(getLocale()));
    }

    private Component header() {
        Locale locale = getLocale();
        Span status = new Span(getTranslation("status." + reviewCase.status()));
        status.setId("review-status");
        status.getElement().getThemeList().add("badge");
        Span due = new Span(getTranslation("review.due", Formats.date(reviewCase.decisionDue(), locale)));
        due.setId("review-due");
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        if (reviewCase.decisionDue() != null && isOpen() && reviewCase.decisionDue().isBefore(today)) {
            due.getElement().getThemeList().add("badge error");
            due.setText(getTranslation("review.overdue", Formats.date(reviewCase.decisionDue(), locale)));
        } else if (reviewCase.decisionDue() != null && isOpen() && !reviewCase.decisionDue().isAfter(today.plusDays(7))) {
            due.getElement().getThemeList().add("badge contrast");
        }
        HorizontalLayout header = new HorizontalLayout(status, due);
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (authentication.hasRole(Role.REVIEWER_) && isOpen()) {
            Optional<ReviewService.Assignee> assigned = reviews.assignee(reviewCase.id());
            Span assignee = new Span(assigned.map(a -> getTranslation(a.me() ? "review.assignedToMe" : "review.assignedTo", a.name()))
                    .orElseGet(() -> getTranslation("review.unassigned")));
            assignee.setId("review-assignee");
            header.add(assignee);
            // ui21: no button here; the reviewers section takes it with the declaration of no conflict of interest
        }
        return header;
    }

    private boolean isOpen() {
        return switch (reviewCase.status()) {
            case SUBMITTED, SUPPLEMENT_REQUESTED, IN_ASSESSMENT, AWAITING_DECISION -> true;
            default -> false;
        };
    }

    private Component notesSection(Locale locale) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("review.notes")));
        section.setPadding(false);
        section.addClassName("review-section");
        section.setId("review-notes");
        for (ReviewService.Note note : reviews.notes(reviewCase.id())) {
            section.add(new Paragraph(Formats.dateTime(note.createdAt(), locale) + " — " + note.author() + ": " + note.text()));
        }
        TextArea text = area("note-text", getTranslation("review.note"));
        String kept = "note/" + reviewCase.id();
        KeptDrafts.keep(text, kept);
        Button add = new Button(getTranslation("review.addNote"), click -> ReviewSteps.run(this, () -> {
            reviews.addNote(reviewCase.id(), text.getValue());
            KeptDrafts.forget(kept);
        }, "review.noteAdded", Map.of("note", text), this::reload));
        add.setId("note-add");
        section.add(new Paragraph(getTranslation("review.notesInternal")), text, add);
        return section;
    }

    static TextArea area(String id, String label) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(4000);
        area.setWidthFull();
        area.setMinHeight("6em");
        return area;
    }

    static void notifyError(String text) {
        ReviewSteps.error(text);
    }

    @Override
    public String getPageTitle() {
        return reviewCase == null ? getTranslation("review.pageTitle") : reviewCase.reference();
    }
}
