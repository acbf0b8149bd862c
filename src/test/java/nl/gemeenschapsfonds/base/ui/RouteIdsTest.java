package nl.gemeenschapsfonds.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The one "route id → load or not found" helper, on a mocked Vaadin UI without Spring. */
class RouteIdsTest {

    /** What the test views can load: id 7 exists, everything else does not (or is someone else's). */
    static final Map<Long, String> THINGS = Map.of(7L, "seven");

    static String thing(long id) {
        String found = THINGS.get(id);
        if (found == null) {
            throw new NotFoundException("Thing", id);
        }
        return found;
    }

    @Route("test/route-ids/load/:thingId")
    @AnonymousAllowed
    public static class LoadingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            RouteIds.load(event, "thingId", RouteIdsTest::thing).ifPresent(this::setText);
        }
    }

    @Route("test/route-ids/find/:thingId")
    @AnonymousAllowed
    public static class FindingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            RouteIds.find(event, "thingId", id -> Optional.ofNullable(THINGS.get(id))).ifPresent(this::setText);
        }
    }

    @Route("test/route-ids/two/:thingId")
    @AnonymousAllowed
    public static class TwoIdsView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            RouteIds.load(event, () -> thing(RouteIds.id(event, "thingId")) + "/" + thing(RouteIds.queryId(event, "other")))
                    .ifPresent(this::setText);
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(Set.of(LoadingView.class, FindingView.class, TwoIdsView.class),
                Set.of(NotFoundView.class), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void an_existing_id_shows_what_it_names() {
        UI.getCurrent().navigate("test/route-ids/load/7");
        assertThat(_get(LoadingView.class).getText()).isEqualTo("seven");
        _assertNone(NotFoundView.class);
    }

    @Test
    void an_unknown_id_a_word_and_a_too_large_number_all_answer_not_found() {
        for (String id : new String[] {"8", "seven", "99999999999999999999", "7.0"}) {
            UI.getCurrent().navigate("test/route-ids/load/" + id);
            _get(NotFoundView.class);
            _assertNone(LoadingView.class);
        }
    }

    @Test
    void a_finder_that_answers_empty_answers_not_found_and_a_found_one_shows_it() {
        UI.getCurrent().navigate("test/route-ids/find/8");
        _get(NotFoundView.class);
        UI.getCurrent().navigate("test/route-ids/find/7");
        assertThat(_get(FindingView.class).getText()).isEqualTo("seven");
    }

    @Test
    void a_view_with_two_ids_answers_not_found_when_either_is_missing_or_unknown() {
        UI.getCurrent().navigate("test/route-ids/two/7", QueryParameters.fromString("other=7"));
        assertThat(_get(TwoIdsView.class).getText()).isEqualTo("seven/seven");
        UI.getCurrent().navigate("test/route-ids/two/7");
        _get(NotFoundView.class);
        UI.getCurrent().navigate("test/route-ids/two/7", QueryParameters.fromString("other=x"));
        _get(NotFoundView.class);
        UI.getCurrent().navigate("test/route-ids/two/8", QueryParameters.fromString("other=7"));
        _get(NotFoundView.class);
    }
}
