package org.stadtkern.core.internal.account;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.stadtkern.login}; defaults repeated in etc/org.stadtkern.login.cfg. */
@ObjectClassDefinition(name = "Stadtkern login lockout",
        description = "Locks a user out of HTTP, MQTT and SSH after repeated failed password logins.")
public @interface LoginConfig {

    @AttributeDefinition(name = "Failures", description = "Failed password logins of one user within the "
            + "window that lock it.")
    int failures() default 5;

    @AttributeDefinition(name = "Window (seconds)", description = "How long failures count, and how long a "
            + "locked user stays locked.")
    long window_seconds() default 300;
}
