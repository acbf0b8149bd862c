package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordBinderTest {

    /** Public because the Binder reads it by reflection. */
    public record Contact(String name, Integer visitors, String countryCode) {
    }

    private final TextField name = new TextField();
    private final IntegerField visitors = new IntegerField();
    private final Select<String> country = new Select<>();
    private final RecordBinder<Contact> binder = new RecordBinder<>(Contact.class);
    private final List<HasValue<?, ?>> changed = new ArrayList<>();

    RecordBinderTest() {
        country.setItems("Nederland", "België");
        binder.bind(name, "name");
        binder.bind(visitors, "visitors", "visitorsPerWeek");
        binder.bind(country, "countryCode", "country", shown -> shown == null ? null : shown.substring(0, 2).toUpperCase(),
                code -> code == null ? null : "NE".equals(code) ? "Nederland" : "België");
        binder.onChange(changed::add);
    }

    @Test
    void showing_a_record_fills_the_fields_and_is_no_change_of_the_user() {
        binder.read(new Contact("Buurthuis De Brug", 40, "BE"));

        assertThat(name.getValue()).isEqualTo("Buurthuis De Brug");
        assertThat(visitors.getValue()).isEqualTo(40);
        assertThat(country.getValue()).isEqualTo("België");
        assertThat(changed).isEmpty();
    }

    @Test
    void what_the_user_types_comes_back_as_the_record_and_each_change_names_its_field() {
        binder.read(new Contact("", null, null));

        name.setValue("Het Anker");
        country.setValue("Nederland");

        assertThat(binder.value()).isEqualTo(new Contact("Het Anker", null, "NE"));
        assertThat(changed).containsExactly(name, country);
    }

    @Test
    void each_field_is_known_under_the_name_the_service_uses_for_its_problems_and_the_binder_refuses_nothing() {
        binder.read(new Contact("Het Anker", 12, "NE"));

        visitors.setValue(-3);

        assertThat(binder.fields()).containsOnlyKeys("name", "visitorsPerWeek", "country");
        assertThat(binder.fields().get("visitorsPerWeek")).isSameAs(visitors);
        assertThat(binder.value().visitors()).as("the service says what is wrong, not the binder").isEqualTo(-3);
        assertThat(visitors.isInvalid()).as("the binder marks nothing").isFalse();
    }

    @Test
    void a_read_only_binder_makes_every_field_read_only() {
        binder.setReadOnly(true);

        assertThat(name.isReadOnly()).isTrue();
        assertThat(visitors.isReadOnly()).isTrue();
        assertThat(country.isReadOnly()).isTrue();
    }
}
