package org.stadtkern.demo.internal;

import java.util.List;

/** An environment sensor station at a real place in Oberhausen (WGS 84). */
record Station(String id, String name, double latitude, double longitude) {

    static final List<Station> OBERHAUSEN = List.of(
            new Station("altmarkt", "Altmarkt", 51.4700, 6.8522),
            new Station("hauptbahnhof", "Hauptbahnhof", 51.4747, 6.8517),
            new Station("centro", "Neue Mitte / Centro", 51.4899, 6.8766),
            new Station("sterkrade", "Sterkrade Bahnhof", 51.5168, 6.8468),
            new Station("osterfeld", "Osterfeld Markt", 51.5018, 6.8860));
}
