/**
 * Accounts of the Karaf JAAS realm without shipped passwords: the administrator's at the first
 * start, the runtime's own broker account at each start, accounts measures ask for, and the lockout
 * of a user after repeated failed logins on any way in (HTTP, MQTT, SSH).
 */
package org.stadtkern.core.internal.account;
