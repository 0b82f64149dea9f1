package org.stadtkern.sovereignty.internal.command;

import org.apache.karaf.shell.api.console.Session;

/** Who works at the console, for audit records. */
final class Console {

    private Console() {
    }

    static String actor(Session session) {
        Object user = session == null ? null : session.get("USER");
        return "console:" + (user == null ? "karaf" : user);
    }
}
