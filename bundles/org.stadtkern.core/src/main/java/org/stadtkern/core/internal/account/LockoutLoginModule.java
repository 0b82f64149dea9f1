package org.stadtkern.core.internal.account;

import java.io.IOException;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

/**
 * First module of the realm, {@code REQUISITE}: refuses a locked user's password before it is
 * checked, otherwise stays out of the decision ({@code login} answers false) and counts the outcome
 * the other modules reach ({@code abort}: failed, {@code commit}: succeeded).
 */
public final class LockoutLoginModule implements LoginModule {

    /** The option that carries the {@link LoginLockout}. */
    static final String LOCKOUT = "stadtkern.lockout";

    private CallbackHandler handler;
    private LoginLockout lockout;
    private String user;

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.handler = callbackHandler;
        this.lockout = (LoginLockout) options.get(LOCKOUT);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("user");
        PasswordCallback password = new PasswordCallback("password", false);
        try {
            // a login without a password (an SSH key, a client certificate) is neither guessed nor counted
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            return false;
        }
        boolean withPassword = password.getPassword() != null;
        password.clearPassword();
        if (!withPassword) {
            return false;
        }
        user = name.getName();
        if (user != null && lockout != null && lockout.locked(user)) {
            String refused = user;
            user = null;
            throw new FailedLoginException("Too many failed logins of '" + refused + "'; try again later.");
        }
        return false;
    }

    @Override
    public boolean commit() {
        if (user != null && lockout != null) {
            lockout.succeeded(user);
        }
        return false;
    }

    @Override
    public boolean abort() {
        if (user != null && lockout != null) {
            lockout.failed(user);
        }
        user = null;
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }
}
