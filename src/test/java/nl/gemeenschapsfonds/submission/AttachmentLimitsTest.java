package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How much an application may carry, without a database. */
class AttachmentLimitsTest {

    private final AttachmentLimits limits = new AttachmentLimits(1024 * 1024, 3, 2 * 1024 * 1024);

    @Test
    void a_file_fits_while_there_is_room_in_number_and_in_size() {
        assertThatCode(() -> limits.requireRoom(new AttachmentTable.Usage(2, 1024 * 1024), 1024 * 1024)).doesNotThrowAnyException();
    }

    @Test
    void one_file_too_many_is_refused_with_the_limit() {
        assertThatThrownBy(() -> limits.requireRoom(new AttachmentTable.Usage(3, 0), 1))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems().getFirst().messageKey()).isEqualTo("attachment.tooMany"));
    }

    @Test
    void a_file_that_would_pass_the_total_size_is_refused_with_the_total_in_megabytes() {
        assertThatThrownBy(() -> limits.requireRoom(new AttachmentTable.Usage(1, 2 * 1024 * 1024), 1))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("attachment.totalTooLarge");
                    assertThat(refused.problems().getFirst().args()).containsExactly("2 MB");
                });
    }

    @Test
    void a_file_one_byte_past_the_largest_is_too_large() {
        assertThatCode(() -> limits.requireNotTooLarge(1024 * 1024)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.requireNotTooLarge(1024 * 1024 + 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_limit_below_a_megabyte_is_shown_in_kilobytes_and_a_limit_of_nothing_is_refused() {
        assertThat(AttachmentLimits.sizeLabel(500 * 1024)).isEqualTo("500 kB");
        assertThatThrownBy(() -> new AttachmentLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
