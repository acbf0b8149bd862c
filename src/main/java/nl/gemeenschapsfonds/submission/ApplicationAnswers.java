package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.fund.AnswerPolicy;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.CallQuestions;
import nl.gemeenschapsfonds.fund.EligibilityQuestion;
import nl.gemeenschapsfonds.fund.QuestionKind;
import nl.gemeenschapsfonds.fund.QuestionVisibility;
import nl.gemeenschapsfonds.submission.AnswerStore.Stored;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application's answers to its call's own questions and to the eligibility check (issue 21, ADR 0026). The
 * application keeps the version of the questions it was started with; answers are saved as they are typed, a value
 * that cannot be an answer is refused at its field and the rest is saved all the same; at submission every shown,
 * required question must be answered.
 */
@Service
public class ApplicationAnswers {

    private final ApplicationAccess access;
    private final ApplicationScope scope;
    private final CallQuestionService questions;
    private final AttachmentService attachments;
    private final AnswerStore store;
    private final GrantApplicationRepository applications;
    private final AttachmentTable files;

    ApplicationAnswers(ApplicationAccess access, ApplicationScope scope, CallQuestionService questions,
                       AttachmentService attachments, AnswerStore store, GrantApplicationRepository applications,
                       AttachmentTable files) {
        this.applications = applications;
        this.files = files;
        this.access = access;
        this.scope = scope;
        this.questions = questions;
        this.attachments = attachments;
        this.store = store;
    }

    /** The questions and answers of one of the signed-in applicant's applications, for the wizard and its views. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public AnswerSheet mine(long applicationId) {
        // a co-applicant reads them too (issue 21); saving them asks for the lead's editable application
        ApplicationScope.Readable readable = access.readableByMe(applicationId);
        GrantApplication application = readable.application();
        // only the lead's editable application gets its version pinned here; a partner or a submitted application is
        // read as it is (as forStaff does), so reading never writes into another organisation's application
        Stored stored = readable.standing().mayChange() && application.isEditable()
                ? pinned(application.getId(), application.getCallId(), Map.of())
                : read(applicationId).orElseGet(() -> new Stored(1, Map.of(), Map.of()));
        return sheet(application, stored, fileNames(attachments.list(applicationId)));
    }

    /**
     * Saves the answers on screen of one of the applicant's editable applications. Answers that cannot be what their
     * question asks (a number that is no number, a text over its limit, a file of another kind) keep their saved value
     * and come back as problems at their field; everything else is saved.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public List<Problem> save(long applicationId, Map<String, String> typed) {
        GrantApplication application = access.editableByMe(applicationId);
        Stored stored = pinned(application.getId(), application.getCallId(), Map.of());
        CallQuestions asked = questions.version(application.getCallId(), stored.version());
        Map<Long, String> mediaTypes = attachments.list(applicationId).stream()
                .collect(Collectors.toMap(AttachmentListItem::id, AttachmentListItem::contentType));
        Map<String, String> answers = new LinkedHashMap<>(stored.answers());
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> answer : typed.entrySet()) {
            Optional<CallQuestion> question = asked.question(answer.getKey());
            if (question.isEmpty()) {
                continue;
            }
            String value = answer.getValue() == null ? "" : answer.getValue().strip();
            Optional<Problem> problem = AnswerPolicy.check(question.get(), value, false)
                    .or(() -> fileProblem(question.get(), value, mediaTypes));
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else if (value.isEmpty()) {
                answers.remove(answer.getKey());
            } else {
                answers.put(answer.getKey(), value);
            }
        }
        if (!answers.equals(stored.answers())) {
            store.saveAnswers(applicationId, answers);
        }
        return problems;
    }

    /** The questions and answers of a submitted application of the reviewer's or decision maker's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public AnswerSheet forStaff(long applicationId) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        Stored stored = read(applicationId).orElseGet(() -> new Stored(1, Map.of(), Map.of()));
        return sheet(application, stored, fileNames(attachments.listForStaff(applicationId)));
    }

    /**
     * The questions and answers of these submitted applications of the reviewer's or decision maker's authority, by
     * application id, in a few queries (issue 21: the work-queue export has a column per question). Applications of
     * another authority, and those without answers, are left out. Eligibility answers are not included.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Map<Long, AnswerSheet> forStaff(java.util.Collection<Long> applicationIds) {
        long authority = access.myAuthority();
        Map<Long, AnswerSheet> sheets = new LinkedHashMap<>();
        Map<String, CallQuestions> versions = new HashMap<>();
        List<Long> ids = List.copyOf(applicationIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            Map<Long, Map<Long, String>> files = store.fileNames(chunk);
            for (AnswerStore.StoredOf row : store.readOfAuthority(chunk, authority)) {
                CallQuestions asked = versions.computeIfAbsent(row.callId() + "/" + row.version(),
                        key -> questions.version(row.callId(), row.version()));
                sheets.put(row.applicationId(), new AnswerSheet(row.applicationId(), row.callId(), row.version(),
                        asked.questions(), row.answers(), List.of(), Map.of(), files.getOrDefault(row.applicationId(), Map.of())));
            }
        }
        return sheets;
    }

    /**
     * The answers of an application for this module's own letters (the receipt, the application as PDF), which are
     * made after the caller checked access, or without a signed-in user (the receipt mail after the commit).
     */
    Optional<AnswerSheet> staffless(long applicationId) {
        Optional<Stored> stored = read(applicationId);
        Optional<GrantApplication> application = applications.findById(applicationId);
        if (stored.isEmpty() || application.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sheet(application.get(), stored.get(), fileNames(files.list(applicationId).stream()
                .map(AttachmentTable.Row::toListItem).toList())));
    }

    /**
     * Records the version of the questions a new application gets, with the answers of the eligibility check the
     * applicant came through (only those of the call's check are kept). Called when a draft is started.
     */
    void start(long applicationId, long callId, Map<String, String> eligibilityAnswers) {
        pinned(applicationId, callId, eligibilityAnswers);
    }

    /** What stands in the way of submitting among the answers: shown required questions unanswered, or wrong values. */
    List<Problem> problems(GrantApplication application) {
        // read only: the checks also run in read-only transactions (the wizard's review step)
        Stored stored = read(application.getId())
                .orElseGet(() -> new Stored(questions.current(application.getCallId()).version(), Map.of(), Map.of()));
        CallQuestions asked = questions.version(application.getCallId(), stored.version());
        Set<String> visible = QuestionVisibility.visible(asked.questions(), stored.answers());
        Map<Long, String> mediaTypes = attachments.list(application.getId()).stream()
                .collect(Collectors.toMap(AttachmentListItem::id, AttachmentListItem::contentType));
        List<Problem> problems = new ArrayList<>();
        for (CallQuestion question : asked.questions()) {
            if (!visible.contains(question.key())) {
                continue;
            }
            String value = stored.answers().get(question.key());
            AnswerPolicy.check(question, value, true)
                    .or(() -> value == null ? Optional.empty() : fileProblem(question, value, mediaTypes))
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> fileProblem(CallQuestion question, String value, Map<Long, String> mediaTypes) {
        if (question.kind() != QuestionKind.FILE || value.isEmpty()) {
            return Optional.empty();
        }
        String mediaType = mediaTypes.get(Long.parseLong(value));
        if (mediaType == null) {
            return Optional.of(new Problem(question.field(), "questions.validation.file"));
        }
        return question.fileKind().accepts(mediaType) ? Optional.empty()
                : Optional.of(new Problem(question.field(), "questions.validation.fileKind",
                new nl.gemeenschapsfonds.base.InvalidInputException.Key("questions.fileKind." + question.fileKind())));
    }

    private AnswerSheet sheet(GrantApplication application, Stored stored, Map<Long, String> files) {
        CallQuestions asked = questions.version(application.getCallId(), stored.version());
        List<EligibilityQuestion> eligibility = stored.eligibility().isEmpty() ? List.of() : checkOf(application, stored);
        return new AnswerSheet(application.getId(), application.getCallId(), stored.version(), asked.questions(),
                stored.answers(), eligibility, stored.eligibility(), files);
    }

    /** The eligibility questions the answers were given to: of the version the application was started with. */
    private List<EligibilityQuestion> checkOf(GrantApplication application, Stored stored) {
        return questions.version(application.getCallId(), stored.version()).eligibility();
    }

    private Stored pinned(long applicationId, long callId, Map<String, String> eligibilityAnswers) {
        Optional<Stored> stored = read(applicationId);
        if (stored.isPresent()) {
            return stored.get();
        }
        CallQuestions current = questions.current(callId);
        Map<String, String> kept = new HashMap<>();
        current.eligibility().forEach(question -> {
            String answer = eligibilityAnswers.get(question.key());
            if (answer != null && question.values().contains(answer)) {
                kept.put(question.key(), answer);
            }
        });
        store.start(applicationId, current.version(), kept);
        return read(applicationId).orElseThrow();
    }

    private Optional<Stored> read(long applicationId) {
        return store.read(applicationId);
    }

    private static Map<Long, String> fileNames(List<AttachmentListItem> items) {
        return items.stream().collect(Collectors.toMap(AttachmentListItem::id, AttachmentListItem::fileName));
    }
}
