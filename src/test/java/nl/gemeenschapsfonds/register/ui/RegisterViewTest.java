package nl.gemeenschapsfonds.register.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.register.RegisterItem;
import nl.gemeenschapsfonds.register.RegisterOptions;
import nl.gemeenschapsfonds.security.ui.LoginView;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterViewTest extends KaribuViewTest {

    @Autowired JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private static Grid<RegisterItem> grid() {
        return _get(Grid.class, spec -> spec.withId("register-grid"));
    }

    private static List<RegisterItem> rows(Grid<RegisterItem> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_anonymous_visitor_sees_the_demo_grants_but_not_a_refusal_with_a_title_and_a_labelled_grid() {
        navigate("subsidieregister");
        _get(RegisterView.class);

        Grid<RegisterItem> grid = grid();
        assertThat(grid.getElement().getAttribute("aria-label")).isEqualTo("Verleende subsidies");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Subsidieregister");
        assertThat(rows(grid)).isNotEmpty();
        // other tests add grants to the same database: find the demo grant by its call, in A-Z order
        ComboBox<RegisterOptions.CallOption> call = _get(ComboBox.class, spec -> spec.withId("register-call"));
        call.setValue(call.getListDataView().getItems()
                .filter(option -> option.titleNl().equals("Buurtinitiatieven 2027")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<nl.gemeenschapsfonds.register.RegisterSort> sort =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("register-sort"));
        sort.setValue(nl.gemeenschapsfonds.register.RegisterSort.RECIPIENT);
        assertThat(rows(grid())).extracting(RegisterItem::organisationName).contains("Dorpscoöperatie Welsum U.A.");
        List<String> refused = jdbc.sql("select a.reference from decision d join grant_application a on a.id = d.application_id where d.kind = 'REFUSE'")
                .query(String.class).list();
        assertThat(rows(grid)).extracting(RegisterItem::reference).isNotEmpty()
                .allSatisfy(reference -> assertThat(refused).doesNotContain(reference));
        assertThat(_get(Anchor.class, spec -> spec.withId("register-download-csv")).getHref()).startsWith("open-data/subsidieregister.csv?lang=nl");
        assertThat(_get(Anchor.class, spec -> spec.withId("register-360-json")).getHref()).isEqualTo("open-data/360giving.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtering_on_an_authority_narrows_the_list_and_offers_its_360giving_file() {
        navigate("subsidieregister");
        ComboBox<RegisterOptions.Option> authority = _get(ComboBox.class, spec -> spec.withId("register-authority"));
        RegisterOptions.Option zwolle = authority.getListDataView().getItems()
                .filter(option -> option.nameNl().equals("Gemeente Zwolle")).findFirst().orElseThrow();
        authority.setValue(zwolle);

        assertThat(rows(grid())).isNotEmpty().allSatisfy(item -> assertThat(item.authorityName()).isEqualTo("Gemeente Zwolle"));
        assertThat(_get(Anchor.class, spec -> spec.withId("register-360-json")).getHref())
                .isEqualTo("open-data/360giving/" + zwolle.code() + ".json");
        assertThat(_get(Anchor.class, spec -> spec.withId("register-download-xlsx")).getHref()).contains("authority=" + zwolle.code());
    }

    @Test
    void a_grant_has_a_public_detail_page_and_an_unknown_one_says_not_found() {
        navigate("subsidieregister");
        RegisterItem first = rows(grid()).getFirst();

        navigate("subsidieregister/" + first.reference());
        assertThat(_get(DescriptionList.class, spec -> spec.withId("register-grant-facts")).getElement().getTextRecursively())
                .contains(first.reference(), first.organisationName(), "360G-gftest-" + first.reference());

        navigate("subsidieregister/GF-0000-000000");
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-grant-not-found")).getText())
                .isEqualTo("Deze subsidie staat niet (meer) in het openbare subsidieregister.");
    }

    @Test
    void the_admin_page_is_for_administrators_only() {
        navigate("admin/register");
        _get(LoginView.class);
    }

    @Test
    void holding_back_with_both_fields_empty_names_both_at_their_fields() {
        login(DemoUsers.ADMIN);
        navigate("admin/register");
        TextField reference = _get(TextField.class, spec -> spec.withId("register-admin-reference"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("register-admin-reason"));

        _click(_get(Button.class, spec -> spec.withId("register-admin-hold")));

        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).as("empty is missing, not an unknown grant").isEqualTo("Vul dit veld in");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Geef de reden op waarom deze subsidie niet wordt gepubliceerd.");
    }

    @Test
    void holding_back_without_a_reason_says_so_at_the_field_and_keeps_the_reference() {
        login(DemoUsers.ADMIN);
        navigate("admin/register");
        TextField reference = _get(TextField.class, spec -> spec.withId("register-admin-reference"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("register-admin-reason"));
        String demoReference = jdbc.sql("select reference from register_grant where authority_name = 'Gemeente Zwolle' limit 1")
                .query(String.class).single();
        reference.setValue(demoReference);
        assertThat(_get(Grid.class, spec -> spec.withId("register-admin-held")).getEmptyStateText())
                .as("an empty list of held-back grants says so").isEqualTo("Er wordt geen subsidie tegengehouden.");

        _click(_get(Button.class, spec -> spec.withId("register-admin-hold")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Geef de reden op waarom deze subsidie niet wordt gepubliceerd.");
        assertThat(reference.getValue()).isEqualTo(demoReference);
        assertThat(jdbc.sql("select count(*) from register_hold_back h join register_grant g on g.application_id = h.application_id where g.reference = ?")
                .param(demoReference).query(Integer.class).single()).isZero();
    }
}
