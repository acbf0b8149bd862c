package nl.gemeenschapsfonds.fund;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What applicants relied on once a call is published, and what stays free to change (issue 13). */
class CallAmendmentsTest {

    private static CallData call(BigDecimal minPrivate, List<Criterion> criteria, String title, LocalDate close,
                                 BigDecimal ceiling) {
        return new CallData(1L, 3, 7, CallStatus.PUBLISHED, title, "Title", null, null, EnumSet.of(FacilityType.VILLAGE_SHOP),
                LocalDate.of(2027, 1, 1), close, false, AllocationMethod.RANKING, new BigDecimal("50000"), minPrivate, null, null,
                false, 8, 6, new TreeMap<>(Map.of(2027, ceiling)), criteria);
    }

    private static final List<Criterion> CRITERIA = List.of(new Criterion("Bereik", "Reach", new BigDecimal("60"), 10),
            new Criterion("Samenwerking", "Partnership", new BigDecimal("40"), 10));

    private final CallData published = call(new BigDecimal("20"), CRITERIA, "Regeling", LocalDate.of(2027, 3, 1),
            new BigDecimal("100000"));

    @Test
    void texts_dates_and_a_higher_ceiling_are_no_amendment() {
        CallData changed = call(new BigDecimal("20.00"), CRITERIA, "Regeling (nieuwe titel)", LocalDate.of(2027, 4, 1),
                new BigDecimal("150000"));
        assertThat(CallAmendments.reliedOnChanges(published, changed)).isEmpty();
    }

    @Test
    void a_changed_weight_and_a_changed_minimum_are_amendments() {
        List<Criterion> reweighted = List.of(new Criterion("Bereik", "Reach", new BigDecimal("50"), 10),
                new Criterion("Samenwerking", "Partnership", new BigDecimal("50"), 10));
        CallData changed = call(new BigDecimal("25"), reweighted, "Regeling", LocalDate.of(2027, 3, 1), new BigDecimal("100000"));
        assertThat(CallAmendments.reliedOnChanges(published, changed))
                .containsExactly("call.minPrivateShare", "call.section.criteria");
    }

    @Test
    void what_counts_for_the_minimum_and_the_amount_settled_at_once_are_amendments() {
        CallData changed = published.withPrivateShareCounts(Set.of(CoFinancingSource.PRIVATE_FUNDERS));
        assertThat(CallAmendments.reliedOnChanges(published, changed)).containsExactly("call.privateShareCounts");
        CallData atOnce = new CallData(1L, 3, 7, CallStatus.PUBLISHED, "Regeling", "Title", null, null,
                EnumSet.of(FacilityType.VILLAGE_SHOP), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), false,
                AllocationMethod.RANKING, new BigDecimal("50000"), new BigDecimal("20"), null, null, false, 8, 6,
                new TreeMap<>(Map.of(2027, new BigDecimal("100000"))), CRITERIA, new BigDecimal("5000"), 13, null);
        assertThat(CallAmendments.reliedOnChanges(published, atOnce)).containsExactly("call.settleAtOnceUpTo");
    }

    @Test
    void a_criterion_removed_or_renamed_is_an_amendment() {
        assertThat(CallAmendments.reliedOnChanges(published, call(new BigDecimal("20"), CRITERIA.subList(0, 1), "Regeling",
                LocalDate.of(2027, 3, 1), new BigDecimal("100000")))).containsExactly("call.section.criteria");
        List<Criterion> renamed = List.of(new Criterion("Bereik onder eenzamen", "Reach", new BigDecimal("60"), 10), CRITERIA.get(1));
        assertThat(CallAmendments.reliedOnChanges(published, call(new BigDecimal("20"), renamed, "Regeling",
                LocalDate.of(2027, 3, 1), new BigDecimal("100000")))).containsExactly("call.section.criteria");
    }

    @Test
    void a_reason_of_a_character_or_one_word_explains_nothing_and_a_sentence_does() {
        assertThat(CallAmendments.explains("x")).isFalse();
        assertThat(CallAmendments.explains("                    x")).isFalse();
        assertThat(CallAmendments.explains("Raadsbesluitnummer2027")).as("one word").isFalse();
        assertThat(CallAmendments.explains("Minimum verlaagd")).as("too short").isFalse();
        assertThat(CallAmendments.explains(null)).isFalse();
        assertThat(CallAmendments.explains("De raad heeft het minimum verlaagd.")).isTrue();
    }
}
