package nl.gemeenschapsfonds.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.security.ui.NoAccessView;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page's buttons for the configured identity providers, and the "no access" page they may end on. */
class OidcSignInViewTest extends KaribuViewTest {

    @Test
    void the_sign_in_page_shows_a_button_per_configured_provider() {
        navigate("login");

        Anchor zwolle = _get(Anchor.class, spec -> spec.withId("login-oidc-zwolle"));
        assertThat(zwolle.getText()).isEqualTo("Inloggen met Gemeente Zwolle");
        assertThat(zwolle.getHref()).isEqualTo("oauth2/authorization/zwolle");
        assertThat(zwolle.getElement().hasAttribute("router-ignore")).as("a full page load to the provider").isTrue();
        Anchor eherkenning = _get(Anchor.class, spec -> spec.withId("login-oidc-broker"));
        assertThat(eherkenning.getText()).isEqualTo("Inloggen met eHerkenning");
        assertThat(eherkenning.getHref()).isEqualTo("oauth2/authorization/broker");
        assertThat(_get(Anchor.class, spec -> spec.withId("login-oidc-digid")).getText()).isEqualTo("Inloggen met DigiD");
    }

    @Test
    void the_no_access_page_says_why_in_dutch_and_in_english() {
        navigate("no-access?reason=no-role");

        _get(NoAccessView.class);
        assertThat(_get(H1.class, spec -> spec.withId("no-access-title")).getText()).isEqualTo("Geen toegang");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-reason")).getText())
                .startsWith("U bent ingelogd bij uw organisatie, maar u heeft daar geen rol");
        assertThat(_find(Anchor.class, spec -> spec.withId("no-access-register"))).as("shown only when registering helps").isEmpty();

        useEnglish();
        navigate("no-access?reason=unknown-organisation");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-reason")).getText())
                .isEqualTo("Your organisation has not registered here yet. Register your organisation first; then you can sign in with eHerkenning.");
        assertThat(_get(Anchor.class, spec -> spec.withId("no-access-register")).getHref()).isEqualTo("register");
    }

    @Test
    void an_unknown_reason_gets_the_general_message_not_a_missing_translation() {
        navigate("no-access?reason=%3Cscript%3E");

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-reason")).getText())
                .isEqualTo("Het inloggen is niet gelukt. Probeer het opnieuw of log in met uw e-mailadres en wachtwoord.");
    }
}
