package nl.gemeenschapsfonds.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Vaadin sessions open on this node ({@code gemeenschapsfonds_vaadin_sessions}): each holds a user's UI state in
 * this node's memory (sticky sessions, issue 18), so this is the figure that sizes a node (docs/operations.md).
 */
@Component
class VaadinSessionCount implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    VaadinSessionCount(MeterRegistry registry) {
        Gauge.builder("gemeenschapsfonds.vaadin.sessions", open, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }

    int open() {
        return open.get();
    }
}
