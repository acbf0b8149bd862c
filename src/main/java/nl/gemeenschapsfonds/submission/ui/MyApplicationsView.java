package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.ColumnChooser;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.base.ui.ListCells;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.ViewPreferences;
import nl.gemeenschapsfonds.submission.ApplicationListItem;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.SubmissionService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "My applications": the applicant's home, all applications of their organisation. Issue 20's treatment: one
 * two-line cell (reference and title as a link, the call under it), status as a badge, the amount and the decision
 * date; more columns switched on per user (remembered); the filters (status, words) in a panel built when first
 * opened, the active ones as removable chips kept in the URL ({@code ?status=GRANTED&q=buurthuis}).
 */
@Route("applications")
@Menu(title = "menu.myApplications", order = 10, icon = "FILE_TEXT_O")
@RolesAllowed(Role.APPLICANT_)
class MyApplicationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String VIEW = "my-applications";
    static final String STATUS = "status";
    static final String WORDS = "q";
    static final List<String> COLUMNS = List.of("amount", "due", "submitted", "updated");
    static final Set<String> DEFAULT_COLUMNS = Set.of("amount", "due");

    private final List<ApplicationListItem> all;
    private final FilterBar filterBar;
    private Grid<ApplicationListItem> grid;
    private ComboBox<ApplicationStatus> status;
    private TextField words;
    private ApplicationStatus statusShown;
    private String wordsShown;
    private boolean syncing;

    MyApplicationsView(SubmissionService submissions, ViewPreferences preferences) {
        setId("my-applications-view");
        // a link that looks like the page's primary button: it only navigates (issue 20: memory per session)
        RouterLink newApplication = SubmissionNavigation.newApplicationLink(getTranslation("myApplications.new"));
        newApplication.setId("new-application");
        newApplication.addClassName("button-link");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("myApplications.title")), newApplication);
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header);
        all = submissions.myApplications();
        filterBar = new FilterBar(VIEW, this::buildFilters);
        if (all.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("myApplications.empty")));
            empty.setId("my-applications-empty");
            add(empty);
            return;
        }
        grid = new Grid<>();
        grid.setId("my-applications-grid");
        grid.setAriaLabel(getTranslation("myApplications.title"));
        grid.addColumn(ListCells.<ApplicationListItem>twoLines(
                        item -> item.reference() == null ? getTranslation("myApplications.noReference") : item.reference(),
                        item -> item.title() == null || item.title().isBlank() ? getTranslation("wizard.newTitle") : item.title(),
                        item -> item.callTitle(getLocale()),
                        item -> SubmissionNavigation.applicationPath(item.id())))
                .setHeader(getTranslation("myApplications.application")).setKey("application").setFlexGrow(4).setWidth("14em");
        grid.addColumn(ListCells.<ApplicationListItem>badge(item -> getTranslation("status." + item.status()),
                        item -> "wq-" + item.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("myApplications.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        ColumnChooser<ApplicationListItem> columns = new ColumnChooser<>(grid, VIEW, COLUMNS, DEFAULT_COLUMNS, this::column,
                this::columnLabel, new ColumnChooser.Memory(() -> preferences.visibleColumns(VIEW),
                keys -> preferences.rememberVisibleColumns(VIEW, keys)));
        grid.addItemClickListener(click -> SubmissionNavigation.toApplication(click.getItem().id()));
        grid.setEmptyStateText(getTranslation("myApplications.noneMatch"));
        grid.setAllRowsVisible(true);
        filterBar.addColumnChoice(columns);
        add(filterBar, grid);
    }

    private Grid.Column<ApplicationListItem> column(String key) {
        return switch (key) {
            case "amount" -> grid.addColumn(item -> Formats.money(item.amountRequested(), getLocale()))
                    .setHeader(getTranslation("myApplications.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
            case "due" -> grid.addColumn(item -> Formats.date(item.decisionDue(), getLocale()))
                    .setHeader(getTranslation("myApplications.due")).setAutoWidth(true).setFlexGrow(0);
            case "submitted" -> grid.addColumn(item -> date(item.submittedAt()))
                    .setHeader(getTranslation("myApplications.submitted")).setAutoWidth(true).setFlexGrow(0);
            default -> grid.addColumn(item -> date(item.updatedAt()))
                    .setHeader(getTranslation("myApplications.updated")).setAutoWidth(true).setFlexGrow(0);
        };
    }

    private String columnLabel(String key) {
        return switch (key) {
            case "amount" -> getTranslation("myApplications.amount");
            case "due" -> getTranslation("myApplications.due");
            case "submitted" -> getTranslation("myApplications.submitted");
            default -> getTranslation("myApplications.updated");
        };
    }

    private String date(Instant instant) {
        return instant == null ? "" : Formats.date(LocalDate.ofInstant(instant, Formats.ZONE), getLocale());
    }

    /** The filter panel's fields, built when it is first opened. */
    private Component buildFilters() {
        status = new ComboBox<>(getTranslation("myApplications.status"));
        status.setId("my-applications-filter-status");
        status.setItems(all.stream().map(ApplicationListItem::status).distinct().sorted().toList());
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        status.setClearButtonVisible(true);
        words = new TextField(getTranslation("myApplications.words"));
        words.setId("my-applications-filter-words");
        words.setClearButtonVisible(true);
        words.setMaxLength(100);
        // wide enough for its label on one line, so that it stands level with "Status" (it wrapped at the default width)
        words.setWidth("20em");
        words.setMaxWidth("100%");
        words.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        syncPanel();
        status.addValueChangeListener(e -> fromPanel());
        words.addValueChangeListener(e -> fromPanel());
        return FilterBar.fields(status, words);
    }

    private void fromPanel() {
        if (!syncing) {
            go(status.getValue(), words.getValue());
        }
    }

    private void syncPanel() {
        if (status == null) {
            return;
        }
        syncing = true;
        try {
            status.setValue(statusShown);
            words.setValue(wordsShown == null ? "" : wordsShown);
        } finally {
            syncing = false;
        }
    }

    /** Goes to the list with this filter: the URL changes (bookmarkable), and {@link #beforeEnter} shows it. */
    private void go(ApplicationStatus newStatus, String newWords) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (newStatus != null) {
            parameters.put(STATUS, newStatus.name());
        }
        if (newWords != null && !newWords.isBlank()) {
            parameters.put(WORDS, newWords.strip());
        }
        getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        statusShown = FilterBar.enumParameter(parameters, STATUS, ApplicationStatus.class);
        wordsShown = FilterBar.parameter(parameters, WORDS);
        if (grid == null) {
            return;
        }
        String needle = wordsShown == null ? null : wordsShown.toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(item -> statusShown == null || item.status() == statusShown)
                .filter(item -> needle == null || contains(item.reference(), needle) || contains(item.title(), needle)
                        || contains(item.callTitle(getLocale()), needle))
                .toList());
        List<FilterBar.Chip> chips = new ArrayList<>();
        if (statusShown != null) {
            chips.add(new FilterBar.Chip(STATUS, getTranslation("myApplications.status") + ": "
                    + getTranslation("status." + statusShown), () -> go(null, wordsShown)));
        }
        if (wordsShown != null) {
            chips.add(new FilterBar.Chip(WORDS, getTranslation("myApplications.words") + ": " + wordsShown,
                    () -> go(statusShown, null)));
        }
        filterBar.showChips(chips, () -> go(null, null));
        syncPanel();
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myApplications.title");
    }
}
