package org.stadtkern.core.internal.camel;

/** One route as the console and /health show it; counts are -1 where JMX is off. */
public record RouteState(String id, String from, String status, long exchanges, long failed) {

    public boolean started() {
        return "Started".equals(status);
    }
}
