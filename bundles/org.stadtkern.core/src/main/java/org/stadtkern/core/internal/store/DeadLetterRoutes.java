package org.stadtkern.core.internal.store;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stadtkern.core.api.DeadLetters;
import org.stadtkern.core.api.measure.ErrorPolicy;
import org.stadtkern.core.api.Mqtt;
import org.stadtkern.core.api.RouteContribution;
import org.stadtkern.core.api.Tenancy;

/** Route {@code core.dead-letter}: records whatever is sent to {@link DeadLetters#ENDPOINT}. */
@Component(service = RouteContribution.class)
public final class DeadLetterRoutes implements RouteContribution {

    private final DeadLetterStore store;
    private final Tenancy tenancy;

    @Activate
    public DeadLetterRoutes(@Reference DeadLetterStore store, @Reference Tenancy tenancy) {
        this.store = store;
        this.tenancy = tenancy;
    }

    @Override
    public String measure() {
        return "core";
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a dead letter that cannot be written now (database down) is written once it answers
                ErrorPolicy.retryRuntimeFailures(this);
                from(DeadLetters.ENDPOINT).routeId("core.dead-letter").process(DeadLetterRoutes.this::record);
            }
        };
    }

    private void record(Exchange exchange) throws Exception {
        String reason = exchange.getMessage().getHeader(DeadLetters.REASON, String.class);
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (reason == null) {
            reason = caught == null ? "rejected" : caught.getMessage();
        }
        String source = exchange.getMessage().getHeader(Mqtt.TOPIC_HEADER, String.class);
        if (source == null) {
            source = exchange.getFromEndpoint() == null ? "" : exchange.getFromEndpoint().getEndpointBaseUri();
        }
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        store.record(tenancy.defaultTenant(), String.valueOf(exchange.getFromRouteId()), source, reason,
                payload == null ? new byte[0] : payload);
    }
}
