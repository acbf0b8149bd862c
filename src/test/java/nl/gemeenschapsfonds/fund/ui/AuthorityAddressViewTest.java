package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.fund.AuthorityAddress;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The address for objections is printed in every decision letter: "x" is refused at the field, in both languages. */
class AuthorityAddressViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    AuthorityAddress addresses;

    private TextArea address() {
        return _get(TextArea.class, spec -> spec.withId("authority-postal-address"));
    }

    @Test
    void an_address_without_street_postcode_and_place_is_refused_at_the_field_and_kept() throws Exception {
        TestAuthorities.Staff staff = authorities.newAuthority("Gemeente Adrestest");
        login(staff.admin());
        navigate("authority");
        address().setValue("x");
        _click(_get(Button.class, spec -> spec.withId("authority-address-save")));

        assertThat(address().isInvalid()).isTrue();
        assertThat(address().getErrorMessage()).isEqualTo("Vul een volledig postadres in: straat en huisnummer (of postbus), "
                + "postcode en plaats, bijvoorbeeld Postbus 10007, 8000 GA Zwolle");
        assertThat(address().getValue()).isEqualTo("x");
        assertThat(authorities.as(staff.admin(), () -> addresses.mine()).address()).as("nothing saved").isNull();

        address().setValue("Postbus 10007\n8000 GA Zwolle");
        _click(_get(Button.class, spec -> spec.withId("authority-address-save")));
        assertThat(address().isInvalid()).isFalse();
        assertThat(authorities.as(staff.admin(), () -> addresses.mine()).address()).isEqualTo("Postbus 10007\n8000 GA Zwolle");
    }

    @Test
    void the_message_is_english_in_the_english_interface() throws Exception {
        TestAuthorities.Staff staff = authorities.newAuthority("Gemeente Addresstest");
        useEnglish();
        login(staff.admin());
        navigate("authority");
        address().setValue("Lindeplein\nZwolle");
        _click(_get(Button.class, spec -> spec.withId("authority-address-save")));
        assertThat(address().getErrorMessage()).isEqualTo("Enter a complete postal address: street and house number (or PO box), "
                + "postcode and place, for example Postbus 10007, 8000 GA Zwolle");
    }
}
