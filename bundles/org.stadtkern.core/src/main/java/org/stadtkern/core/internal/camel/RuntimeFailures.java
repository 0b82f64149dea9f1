package org.stadtkern.core.internal.camel;

import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.stadtkern.core.api.measure.ErrorPolicy;

/**
 * Tells the connection watch which route failed a message for the runtime's own reason (an
 * exchange that ended with an SQLException or Unavailable, which {@link ErrorPolicy} leaves
 * unhandled). Listens to failed exchanges only.
 */
final class RuntimeFailures extends EventNotifierSupport {

    private final Consumer<String> failedRoute;

    RuntimeFailures(Consumer<String> failedRoute) {
        this.failedRoute = failedRoute;
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((ExchangeFailedEvent) event).getExchange();
        if (ErrorPolicy.runtimeFailure(exchange.getException())) {
            failedRoute.accept(exchange.getFromRouteId());
        }
    }
}
