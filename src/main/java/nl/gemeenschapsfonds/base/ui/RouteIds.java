package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import nl.gemeenschapsfonds.base.NotFoundException;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Route id → load, or "not found": the one way a detail view reads the id in its route and answers
 * when there is nothing to show. A missing id, an id that is no whole number, an object that does
 * not exist and an object outside the user's scope (the service throws {@link NotFoundException})
 * all end on the same not-found page ({@link NotFoundView}), so a guessed id reveals nothing.
 *
 * <pre>{@code
 * public void beforeEnter(BeforeEnterEvent event) {
 *     RouteIds.load(event, "applicationId", submissions::detail).ifPresent(found -> {
 *         detail = found;
 *         render();
 *     });
 * }
 * }</pre>
 *
 * When the view needs more than one id (or a query parameter), read them with {@link #id} and
 * {@link #queryId} inside {@link #load(BeforeEnterEvent, Supplier)}.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /**
     * Loads what the route parameter's id names. When there is nothing to show the event is rerouted
     * to the not-found page and the answer is empty: the view then does nothing more.
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, String parameter, LongFunction<? extends T> loader) {
        return load(event, () -> loader.apply(id(event, parameter)));
    }

    /** As {@link #load(BeforeEnterEvent, String, LongFunction)}, for a loader that answers empty for "not found". */
    public static <T> Optional<T> find(BeforeEnterEvent event, String parameter, LongFunction<Optional<T>> finder) {
        return load(event, () -> finder.apply(id(event, parameter))
                .orElseThrow(() -> new NotFoundException(parameter, event.getRouteParameters().get(parameter).orElse(""))));
    }

    /**
     * Runs a load that reads its ids itself (with {@link #id} and {@link #queryId}); a
     * {@link NotFoundException} on the way reroutes to the not-found page and answers empty.
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, Supplier<? extends T> loader) {
        try {
            return Optional.of(loader.get());
        } catch (NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return Optional.empty();
        }
    }

    /** The id in a route parameter; {@link NotFoundException} when it is missing or no whole number. */
    public static long id(BeforeEnterEvent event, String parameter) {
        return parse(parameter, event.getRouteParameters().get(parameter));
    }

    /** The id in a query parameter ({@code ?fund=3}); {@link NotFoundException} when it is missing or no whole number. */
    public static long queryId(BeforeEnterEvent event, String parameter) {
        return parse(parameter, event.getLocation().getQueryParameters().getSingleParameter(parameter));
    }

    private static long parse(String parameter, Optional<String> value) {
        String text = value.orElseThrow(() -> new NotFoundException(parameter, ""));
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException(parameter, text);
        }
    }
}
