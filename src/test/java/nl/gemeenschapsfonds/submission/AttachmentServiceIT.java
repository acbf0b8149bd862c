package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.submission.TestApplications.TestCall;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploading attachments on real PostgreSQL, as the demo applicants: what is accepted, what is refused, and who sees what. */
@IntegrationTest
class AttachmentServiceIT {

    private static final String APPLICANT = DemoUsers.APPLICANT;

    @Autowired
    AttachmentService attachments;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    TestApplications applications;

    @Autowired
    JdbcClient jdbc;

    private TestCall call;
    private long draft;

    @BeforeEach
    void draftOfDeLinde() {
        call = applications.newCall();
        draft = applications.draft(call, APPLICANT);
    }

    private AttachmentListItem upload(AttachmentKind kind, String name, byte[] content) throws Exception {
        return authorities.as(APPLICANT, () -> attachments.upload(draft, kind, name, new ByteArrayInputStream(content)));
    }

    private static InvalidInputException.Problem problem(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems().getFirst();
    }

    @Test
    void a_pdf_docx_xlsx_png_and_jpeg_are_accepted_with_the_type_found_in_their_bytes() throws Exception {
        byte[] pdf = TestFiles.pdf("Begroting € 1.234,56");
        upload(AttachmentKind.BUDGET, "begroting.pdf", pdf);
        upload(AttachmentKind.STATUTES, "statuten.docx", TestFiles.docx());
        upload(AttachmentKind.QUOTE, "offertes.xlsx", TestFiles.xlsx());
        upload(AttachmentKind.PLAN, "tekening.png", TestFiles.png());
        upload(AttachmentKind.OTHER, "foto.jpg", TestFiles.jpeg());

        List<AttachmentListItem> listed = authorities.as(APPLICANT, () -> attachments.list(draft));

        assertThat(listed).extracting(AttachmentListItem::fileName, AttachmentListItem::contentType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("begroting.pdf", "application/pdf"),
                org.assertj.core.groups.Tuple.tuple("statuten.docx", AttachmentType.DOCX.mediaType()),
                org.assertj.core.groups.Tuple.tuple("offertes.xlsx", AttachmentType.XLSX.mediaType()),
                org.assertj.core.groups.Tuple.tuple("tekening.png", "image/png"),
                org.assertj.core.groups.Tuple.tuple("foto.jpg", "image/jpeg"));
        assertThat(listed.getFirst().sizeBytes()).isEqualTo(pdf.length);
        AttachmentDownload back = authorities.as(APPLICANT, () -> attachments.download(draft, listed.getFirst().id()));
        assertThat(back.content()).isEqualTo(pdf);
        assertThat(back.contentType()).isEqualTo("application/pdf");
        assertThat(jdbc.sql("select sha256 from attachment where id = ?").param(listed.getFirst().id()).query(String.class).single())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void the_type_comes_from_the_content_whatever_the_file_is_called() throws Exception {
        AttachmentListItem docx = upload(AttachmentKind.STATUTES, "statuten.pdf", TestFiles.docx());

        assertThat(docx.contentType()).isEqualTo(AttachmentType.DOCX.mediaType());
        assertThat(docx.fileName()).as("the name gets the extension of what it is").isEqualTo("statuten.pdf.docx");
    }

    @Test
    void an_executable_renamed_pdf_is_refused_naming_the_allowed_types_and_nothing_is_stored() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> upload(AttachmentKind.BUDGET, "begroting.pdf", TestFiles.exe()));

        InvalidInputException.Problem problem = problem(thrown);
        assertThat(problem.field()).isEqualTo("attachments");
        assertThat(problem.messageKey()).isEqualTo("attachment.typeNotAllowed");
        assertThat(problem.args()).containsExactly("PDF, DOCX, XLSX, JPG, PNG");
        assertThat(applications.attachmentRows(draft)).isZero();
    }

    @Test
    void twenty_one_megabytes_sent_past_the_client_are_refused_reading_no_further_than_the_limit() throws Exception {
        long limit = authorities.as(APPLICANT, () -> attachments.maxBytes());
        TestFiles.CountingStream stream = new TestFiles.CountingStream(21L * 1024 * 1024);

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> authorities.as(APPLICANT,
                () -> attachments.upload(draft, AttachmentKind.BUDGET, "groot.pdf", stream)));

        assertThat(limit).isEqualTo(20L * 1024 * 1024);
        InvalidInputException.Problem problem = problem(thrown);
        assertThat(problem.messageKey()).isEqualTo("attachment.tooLarge");
        assertThat(problem.args()).containsExactly("20 MB");
        assertThat(stream.bytesRead()).as("stops reading one byte past the limit").isEqualTo(limit + 1);
        assertThat(applications.attachmentRows(draft)).isZero();
    }

    @Test
    void a_file_of_exactly_20_megabytes_is_accepted() throws Exception {
        AttachmentListItem big = upload(AttachmentKind.PLAN, "plan.pdf", TestFiles.pdfOfSize(20 * 1024 * 1024));

        assertThat(big.sizeBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void an_empty_file_and_an_upload_without_a_kind_are_refused() {
        assertThat(problem(org.assertj.core.api.Assertions.catchThrowable(
                () -> upload(AttachmentKind.BUDGET, "leeg.pdf", new byte[0]))).messageKey()).isEqualTo("attachment.empty");
        assertThat(problem(org.assertj.core.api.Assertions.catchThrowable(
                () -> upload(null, "begroting.pdf", TestFiles.pdf("x")))).messageKey()).isEqualTo("attachment.kindRequired");
        assertThat(applications.attachmentRows(draft)).isZero();
    }

    @Test
    void a_name_with_a_path_is_stored_without_it_and_the_file_under_a_random_key() throws Exception {
        AttachmentListItem stored = upload(AttachmentKind.BUDGET, "../../etc/passwd.pdf", TestFiles.pdf("x"));

        assertThat(stored.fileName()).isEqualTo("passwd.pdf");
        UUID key = jdbc.sql("select storage_key from attachment where id = ?").param(stored.id()).query(UUID.class).single();
        assertThat(key.version()).isEqualTo(4);
    }

    @Test
    void another_organisations_applicant_finds_nothing_and_nothing_of_their_upload_is_read() throws Exception {
        AttachmentListItem mine = upload(AttachmentKind.BUDGET, "begroting.pdf", TestFiles.pdf("x"));
        TestFiles.CountingStream stream = new TestFiles.CountingStream(1000);

        authorities.as(DemoUsers.APPLICANT_WELSUM, () -> {
            assertThatThrownBy(() -> attachments.list(draft)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.overview(draft)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.upload(draft, AttachmentKind.OTHER, "x.pdf", stream))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.download(draft, mine.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.delete(draft, mine.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.missingRequiredKinds(draft)).isInstanceOf(NotFoundException.class);
        });

        assertThat(stream.bytesRead()).isZero();
        assertThat(applications.attachmentRows(draft)).isOne();
    }

    @Test
    void an_attachment_of_another_application_cannot_be_reached_through_ones_own() throws Exception {
        AttachmentListItem mine = upload(AttachmentKind.BUDGET, "begroting.pdf", TestFiles.pdf("x"));
        long otherDraft = applications.draft(call, APPLICANT);

        authorities.as(APPLICANT, () -> {
            assertThatThrownBy(() -> attachments.download(otherDraft, mine.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.delete(otherDraft, mine.id())).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void a_submitted_application_refuses_uploads_and_deletes_but_still_lists_and_downloads() throws Exception {
        AttachmentListItem budget = upload(AttachmentKind.BUDGET, "begroting.pdf", TestFiles.pdf("x"));
        applications.submit(draft);

        assertThatThrownBy(() -> upload(AttachmentKind.QUOTE, "offerte.pdf", TestFiles.pdf("y")))
                .isInstanceOf(IllegalTransitionException.class);
        authorities.as(APPLICANT, () -> {
            assertThatThrownBy(() -> attachments.delete(draft, budget.id())).isInstanceOf(IllegalTransitionException.class);
            assertThat(attachments.list(draft)).extracting(AttachmentListItem::id).containsExactly(budget.id());
            assertThat(attachments.download(draft, budget.id()).fileName()).isEqualTo("begroting.pdf");
            assertThat(attachments.overview(draft).editable()).isFalse();
        });
    }

    @Test
    void the_missing_required_kinds_shrink_as_they_are_added_and_grow_when_one_is_deleted() throws Exception {
        assertThat(authorities.as(APPLICANT, () -> attachments.missingRequiredKinds(draft)))
                .containsExactly(AttachmentKind.BUDGET, AttachmentKind.STATUTES, AttachmentKind.KVK_EXTRACT);

        AttachmentListItem budget = upload(AttachmentKind.BUDGET, "begroting.xlsx", TestFiles.xlsx());
        upload(AttachmentKind.QUOTE, "offerte.pdf", TestFiles.pdf("offerte"));
        upload(AttachmentKind.KVK_EXTRACT, "kvk.pdf", TestFiles.pdf("kvk"));
        assertThat(authorities.as(APPLICANT, () -> attachments.missingRequiredKinds(draft)))
                .containsExactly(AttachmentKind.STATUTES);

        upload(AttachmentKind.STATUTES, "statuten.pdf", TestFiles.pdf("statuten"));
        assertThat(authorities.as(APPLICANT, () -> attachments.missingRequiredKinds(draft))).isEmpty();

        authorities.as(APPLICANT, () -> attachments.delete(draft, budget.id()));
        assertThat(authorities.as(APPLICANT, () -> attachments.missingRequiredKinds(draft)))
                .containsExactly(AttachmentKind.BUDGET);
        assertThat(AttachmentKind.REQUIRED).containsExactly(AttachmentKind.BUDGET, AttachmentKind.STATUTES, AttachmentKind.KVK_EXTRACT);
    }

    @Test
    void uploads_and_deletes_are_in_the_audit_trail_with_the_checksum() throws Exception {
        AttachmentListItem budget = upload(AttachmentKind.BUDGET, "begroting.pdf", TestFiles.pdf("x"));
        authorities.as(APPLICANT, () -> attachments.delete(draft, budget.id()));

        List<String> actions = jdbc.sql("select action || ' ' || actor || ' ' || coalesce(after_state, before_state) from audit_entry "
                        + "where object_type = 'Application' and object_id = ? order by id")
                .param(String.valueOf(draft)).query(String.class).list();
        assertThat(actions).hasSize(2);
        assertThat(actions.getFirst()).startsWith("ATTACHMENT_ADDED " + APPLICANT).contains("BUDGET 'begroting.pdf'").contains("sha256 ");
        assertThat(actions.getLast()).startsWith("ATTACHMENT_DELETED " + APPLICANT).contains("begroting.pdf");
    }

    @Test
    void staff_of_the_calls_authority_see_a_submitted_applications_files_and_no_one_elses() throws Exception {
        AttachmentListItem budget = upload(AttachmentKind.BUDGET, "begroting.pdf", TestFiles.pdf("x"));

        authorities.as(call.staff().reviewer(), () -> assertThatThrownBy(() -> attachments.listForStaff(draft))
                .as("a draft is the applicant's own").isInstanceOf(NotFoundException.class));
        applications.submit(draft);

        authorities.as(call.staff().reviewer(), () -> {
            assertThat(attachments.listForStaff(draft)).extracting(AttachmentListItem::fileName).containsExactly("begroting.pdf");
            assertThat(attachments.downloadForStaff(draft, budget.id()).content()).startsWith("%PDF-".getBytes());
        });
        authorities.as(call.staff().decisionMaker(), () -> assertThat(attachments.listForStaff(draft)).hasSize(1));
        authorities.as(DemoUsers.REVIEWER, () -> {
            assertThatThrownBy(() -> attachments.listForStaff(draft)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.downloadForStaff(draft, budget.id())).isInstanceOf(NotFoundException.class);
        });
        authorities.as(call.staff().finance(), () -> assertThatThrownBy(() -> attachments.listForStaff(draft))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void only_applicants_upload_and_applicants_cannot_use_the_staff_methods() throws Exception {
        authorities.as(call.staff().reviewer(), () -> assertThatThrownBy(() -> attachments.upload(draft, AttachmentKind.BUDGET,
                "x.pdf", new ByteArrayInputStream(TestFiles.pdf("x")))).isInstanceOf(AccessDeniedException.class));
        authorities.as(APPLICANT, () -> assertThatThrownBy(() -> attachments.listForStaff(draft))
                .isInstanceOf(AccessDeniedException.class));
    }
}
